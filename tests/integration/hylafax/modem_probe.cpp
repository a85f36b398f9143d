// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Test driver for the port-administration operations of the HylaFAX backend, for
 * modems-against-hfaxd.sh.  Connection from HYLAFAX_HOST/PORT/USER/PASSWORD and, unless
 * --no-admin is given, HYLAFAX_ADMIN_PASSWORD.
 *   modem-probe [--no-admin] admin | config MODEM | set MODEM PARAM VALUE | activity MODEM
 * Prints tab-separated results; errors go to stderr as "KIND: message", exit status 1.
 */
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "hylafax/hylafax_service.h"
#include "hylafax/modem_activity.h"

using namespace faxcom;

namespace {

std::string env(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

int fail(const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", error_kind_name(error.kind), error.message.c_str());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    bool admin = true;
    if (!args.empty() && args[0] == "--no-admin") {
        admin = false;
        args.erase(args.begin());
    }
    ConnectionConfig config;
    config.server.host = env("HYLAFAX_HOST");
    config.server.port = static_cast<uint16_t>(std::atoi(env("HYLAFAX_PORT").c_str()));
    config.user = env("HYLAFAX_USER");
    config.password = env("HYLAFAX_PASSWORD");
    if (admin)
        config.admin_password = env("HYLAFAX_ADMIN_PASSWORD");
    hylafax::HylafaxService service(config);

    if (args.size() == 1 && args[0] == "admin") {
        Result<bool> rights = service.has_admin_rights();
        if (!rights)
            return fail(rights.error());
        std::printf("%s\n", rights.value() ? "yes" : "no");
        return 0;
    }
    if (args.size() == 2 && args[0] == "config") {
        Result<ModemConfig> modem = service.read_modem_config(args[1]);
        if (!modem)
            return fail(modem.error());
        const ModemConfig &c = modem.value();
        std::printf(
            "rings\t%d\nlocal_identifier\t%s\nfax_number\t%s\npriority\t%d\nanswers\t%d\nentries\t%zu\n",
            c.rings_before_answer, c.local_identifier.c_str(), c.fax_number.c_str(), c.priority,
            c.answers_calls ? 1 : 0, c.all.size());
        return 0;
    }
    if (args.size() == 4 && args[0] == "set") {
        Status set = service.set_modem_config(args[1], args[2], args[3]);
        return set ? 0 : fail(set.error());
    }
    if (args.size() == 2 && args[0] == "activity") {
        Result<ModemActivity> activity = service.modem_activity(args[1]);
        if (!activity)
            return fail(activity.error());
        const ModemActivity &a = activity.value();
        std::printf("%s\t%s\t%s\t%s\t%d\n", hylafax::modem_state_name(a.state), a.status_text.c_str(),
                    a.job ? a.job->id.c_str() : "-", a.receiving ? a.receiving->sender_tsi.c_str() : "-",
                    a.receiving ? a.receiving->pages : -1);
        return 0;
    }
    std::fprintf(stderr, "usage: modem-probe [--no-admin] admin | config MODEM | set MODEM PARAM VALUE | "
                         "activity MODEM\n");
    return 2;
}
