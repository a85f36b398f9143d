// SPDX-License-Identifier: LGPL-2.1-or-later
// FaxTiff from JScript: the same object through IDispatch from the other script engine.
// Argument: the directory made by tests/fixtures/make-test-tiffs.
var count = 0;
function check(condition, name) {
    count++;
    WScript.Echo((condition ? "ok " : "not ok ") + count + " - " + name);
}
WScript.Echo("1..5");
var dir = WScript.Arguments(0);
var tiff = new ActiveXObject("FaxTiff.FaxTiff");
check(tiff != null, "new ActiveXObject(\"FaxTiff.FaxTiff\")");
tiff.Image = dir + "\\fax-hylafax-bigendian.tif";
check(tiff.Tsid == "+1 555 0100", "Tsid from a big-endian file: " + tiff.Tsid);
check(tiff.TiffTagString(34910) == "17", "FAXRECVTIME: " + tiff.TiffTagString(34910));
try {
    tiff.Image = dir + "\\huge-count.tif";
    check(false, "a hostile TIFF must fail");
} catch (e) {
    check((e.number >>> 0) == 0x8007000B, "hostile TIFF error number " + (e.number >>> 0).toString(16));
    check(e.description.length > 10, "hostile TIFF description: " + e.description);
}
