// SPDX-License-Identifier: LGPL-2.1-or-later
// faxcom's failures as JScript sees them: the error number faxcom returned (not jscript's
// DISP_E_MEMBERNOTFOUND) and faxcom's description, for property gets called with arguments
// (Item) and for methods.  Arguments: TIFF_DIR SERVER (a "spool:" local queue: no fax server)
var count = 0;
function check(condition, name) {
    count++;
    WScript.Echo((condition ? "ok " : "not ok ") + count + " - " + name);
}
function hex(number) {
    return (number >>> 0).toString(16);
}
// Runs `call`, which must throw `expected` with a description naming `word`.
function expect_error(call, expected, word, name) {
    try {
        call();
        check(false, name + " must fail");
        check(false, name + ": no description");
    } catch (e) {
        check(e.number == (expected | 0), name + ": error number " + hex(e.number) + ", expected " + hex(expected));
        check(typeof e.description == "string" && e.description.indexOf(word) >= 0,
              name + ": description \"" + e.description + "\"");
    }
}
WScript.Echo("1..13");
var server = new ActiveXObject("FaxServer.FaxServer");
server.Connect(WScript.Arguments(1));
var jobs = server.GetJobs();
check(jobs.Count == 0, "the new local queue has no jobs: " + jobs.Count);
expect_error(function () { jobs.Item(0); }, 0x80070057, "empty", "FaxJobs.Item(0)");
expect_error(function () { jobs.Item(999); }, 0x80070057, "out of range", "FaxJobs.Item(999)");
var ports = server.GetPorts();
check(ports.Count == 1 && ports.Item(1).Name.length > 0, "FaxPorts.Item(1) works: " + ports.Item(1).Name);
expect_error(function () { ports.Item(999); }, 0x80070057, "1 to 1", "FaxPorts.Item(999)");
expect_error(function () { ports.Item(1).Send = false; }, 0x80004001, "faxstate", "setting FaxPort.Send");
server.Disconnect();
expect_error(function () { server.Disconnect(); }, 0x800708CA, "not connected", "a second Disconnect");
check(jobs.Count == 0, "the listing still answers after Disconnect");
