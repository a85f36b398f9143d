// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/fax_service_config.h"

#include "comsupport/debug_channel.h"
#include "hylafax/hylafax_service.h"

namespace faxcom {

namespace {

void trace_backend(TraceLevel level, const std::string &message)
{
    switch (level) {
    case TraceLevel::error: ERR("%s\n", message.c_str()); break;
    case TraceLevel::warning: WARN("%s\n", message.c_str()); break;
    case TraceLevel::info:
    case TraceLevel::debug: TRACE("%s\n", message.c_str()); break;
    }
}

} // namespace

std::string FaxServiceConfig::location() const
{
    if (kind == Kind::spool)
        return "spool:" + spool.queue_dir;
    return "hylafax://" + hylafax.server.host + ":" + std::to_string(hylafax.server.port);
}

std::unique_ptr<FaxService> create_fax_service(const FaxServiceConfig &config)
{
    if (config.kind == FaxServiceConfig::Kind::spool)
        return std::make_unique<spool::SpoolService>(config.spool, trace_backend);
    return std::make_unique<hylafax::HylafaxService>(config.hylafax, trace_backend);
}

} // namespace faxcom
