// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include <cstring>

#include "common/server_name.h"

using namespace faxcom;

static ConnectionDefaults test_defaults()
{
    ConnectionDefaults defaults;
    defaults.host = "faxhost.example";
    defaults.port = 4600;
    defaults.user = "alice";
    defaults.password = "default-secret";
    defaults.admin_password = "admin-secret";
    defaults.connect_timeout_ms = 1234;
    defaults.reply_timeout_ms = 2345;
    defaults.transfer_timeout_ms = 3456;
    defaults.charset = Charset::iso_8859_1;
    return defaults;
}

static ConnectionConfig parse_ok(const char *name)
{
    Result<ConnectionConfig> config = parse_server_name(name, test_defaults(), "MyPC");
    if (!config)
        fail_msg("'%s' was refused: %s", name, config.error().message.c_str());
    return config.value();
}

static void assert_address(const char *name, const char *host, unsigned port)
{
    ConnectionConfig config = parse_ok(name);
    if (config.server.host != host || config.server.port != port)
        fail_msg("'%s' gave %s port %u, expected %s port %u", name, config.server.host.c_str(),
                 static_cast<unsigned>(config.server.port), host, port);
}

static void empty_and_local_names_mean_the_defaults(void **)
{
    for (const char *name : {"", "MyPC", "mypc", "MYPC", "\\\\MyPC", "\\\\mypc\\Fax"}) {
        ConnectionConfig config = parse_ok(name);
        assert_string_equal(config.server.host.c_str(), "faxhost.example");
        assert_int_equal(config.server.port, 4600);
        assert_string_equal(config.user.c_str(), "alice");
        assert_string_equal(config.password.c_str(), "default-secret");
        assert_string_equal(config.admin_password.c_str(), "admin-secret");
        assert_int_equal(config.connect_timeout_ms, 1234);
        assert_int_equal(config.reply_timeout_ms, 2345);
        assert_int_equal(config.transfer_timeout_ms, 3456);
        assert_true(config.charset == Charset::iso_8859_1);
    }
    /* with no local name known, only the empty name means the defaults */
    Result<ConnectionConfig> other = parse_server_name("MyPC", test_defaults(), "");
    assert_true(other.ok());
    assert_string_equal(other.value().server.host.c_str(), "MyPC");
}

static void hosts_ports_and_unc_prefixes(void **)
{
    assert_address("server", "server", 4600);
    assert_address("fax-1.example.org", "fax-1.example.org", 4600);
    assert_address("127.0.0.1:4559", "127.0.0.1", 4559);
    assert_address("server:1", "server", 1);
    assert_address("server:65535", "server", 65535);
    assert_address("\\\\server", "server", 4600);
    assert_address("\\\\server\\Fax", "server", 4600);
    assert_address("\\\\server:5000\\Fax", "server", 5000);
    assert_address("[::1]:4559", "::1", 4559);
    assert_address("[fe80::1]", "fe80::1", 4600);
    assert_address("::1", "::1", 4600);
    /* other values still come from the defaults */
    ConnectionConfig config = parse_ok("server:4559");
    assert_string_equal(config.user.c_str(), "alice");
    assert_int_equal(config.reply_timeout_ms, 2345);
}

static void hylafax_urls(void **)
{
    assert_address("hylafax://server", "server", 4600);
    assert_address("hylafax://server/", "server", 4600);
    assert_address("HYLAFAX://server:4559/", "server", 4559);
    assert_address("hylafax://[::1]:4561", "::1", 4561);

    ConnectionConfig config = parse_ok("hylafax://bob@server:4559");
    assert_string_equal(config.user.c_str(), "bob");
    assert_string_equal(config.password.c_str(), "default-secret");

    config = parse_ok("hylafax://bob:s3cr%3At%40x%25@server");
    assert_string_equal(config.user.c_str(), "bob");
    assert_string_equal(config.password.c_str(), "s3cr:t@x%");
    assert_string_equal(config.server.host.c_str(), "server");

    config = parse_ok("hylafax://J%C3%BCrgen:@server");
    assert_string_equal(config.user.c_str(), "J\xc3\xbcrgen");
    assert_string_equal(config.password.c_str(), "");

    config = parse_ok("hylafax://a:b:c@host"); /* the password is everything after the first ':' */
    assert_string_equal(config.password.c_str(), "b:c");
}

struct BadName {
    const char *name;
    const char *message_part;
};

static void bad_names_are_refused_with_a_reason(void **)
{
    const BadName cases[] = {
        {"server:", "port after ':' is missing"},
        {"server:0", "not a number from 1 to 65535"},
        {"server:65536", "not a number from 1 to 65535"},
        {"server:99999999999999999999", "not a number from 1 to 65535"},
        {"server:12a", "'12a'"},
        {":4559", "host name is empty"},
        {"my server", "space"},
        {"server\r\nQUIT", "control character"},
        {"ftp://server", "unknown scheme 'ftp'"},
        {"http://server", "only hylafax://"},
        {"hylafax://", "host name is empty"},
        {"hylafax://server/path", "no path"},
        {"hylafax://bob@", "host name is empty"},
        {"hylafax://@server", "user name before '@' is empty"},
        {"hylafax://b%zzob@server", "user name has a '%'"},
        {"hylafax://bob%0d%0a@server", "user name contains a control character"},
        {"[::1", "no matching ']'"},
        {"[::1]x", "unexpected text"},
        {"[zz::1]:1", "IPv6 address"},
        {"serv%er", "not allowed"},
        {"\\\\", "no host after"},
        {"a\\b", "is not a host"},
        {"bob@server", "hylafax://user:password@host"},
        {"s\xc3\xa9rver", "non-ASCII"},
    };
    for (const BadName &c : cases) {
        Result<ConnectionConfig> config = parse_server_name(c.name, test_defaults(), "MyPC");
        if (config)
            fail_msg("'%s' was accepted", c.name);
        assert_int_equal(static_cast<int>(config.error().kind), static_cast<int>(ErrorKind::bad_input));
        if (!strstr(config.error().message.c_str(), c.message_part))
            fail_msg("'%s': message '%s' does not contain '%s'", c.name, config.error().message.c_str(),
                     c.message_part);
    }
    /* the embedded NUL really is seen (not cut off by a C string) */
    Result<ConnectionConfig> nul = parse_server_name(std::string_view("ser\0ver", 7), test_defaults(), "");
    assert_false(nul.ok());
    assert_non_null(strstr(nul.error().message.c_str(), "control character"));
}

static void messages_never_contain_the_password(void **)
{
    const char *password = "Tops3cret";
    const char *names[] = {
        "hylafax://bob:Tops3cret",         /* forgot the host: the password looks like a port */
        "hylafax://bob:Tops3cret@",        /* empty host */
        "hylafax://bob:Tops3cret@host:x",  /* bad port */
        "hylafax://bob:Tops3cret@ho$t",    /* bad host */
        "hylafax://bob:Tops3cret@host/p",  /* a path */
        "hylafax://bob:Tops3cret%@host",   /* bad escape in the password */
        "hylafax://bob:Tops3cret%0a@host", /* control character in the password */
        "hylafax://bob:Tops3cret@[::1",    /* bad IPv6 */
        "hylafax://bob:Tops3cret@host\\x", /* stray backslash */
        "bob:Tops3cret@host",              /* no scheme */
        "hylafax://bob:Tops3cret@host:0",  /* port out of range */
        "hylafax://bob:Tops3cret@h ost",   /* space */
    };
    for (const char *name : names) {
        Result<ConnectionConfig> config = parse_server_name(name, test_defaults(), "MyPC");
        if (config)
            fail_msg("'%s' was accepted", name);
        if (strstr(config.error().message.c_str(), password))
            fail_msg("the message for '%s' shows the password: %s", name, config.error().message.c_str());
        if (strstr(config.error().message.c_str(), "default-secret"))
            fail_msg("the message shows the default password: %s", config.error().message.c_str());
    }
}

static void redacts_the_password_for_traces(void **)
{
    assert_string_equal(redact_server_name("hylafax://ann:s3cr@t@fax.example:4559").c_str(),
                        "hylafax://ann:***@fax.example:4559");
    assert_string_equal(redact_server_name("hylafax://ann@fax.example").c_str(), "hylafax://ann@fax.example");
    assert_string_equal(redact_server_name("fax.example:4559").c_str(), "fax.example:4559");
    assert_string_equal(redact_server_name("spool:C:\\faxes").c_str(), "spool:C:\\faxes");
    assert_string_equal(redact_server_name("hylafax://:pw@host").c_str(), "hylafax://:***@host");
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(redacts_the_password_for_traces),
        cmocka_unit_test(empty_and_local_names_mean_the_defaults),
        cmocka_unit_test(hosts_ports_and_unc_prefixes),
        cmocka_unit_test(hylafax_urls),
        cmocka_unit_test(bad_names_are_refused_with_a_reason),
        cmocka_unit_test(messages_never_contain_the_password),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
