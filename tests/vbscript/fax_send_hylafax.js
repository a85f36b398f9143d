// SPDX-License-Identifier: LGPL-2.1-or-later
// The legacy flow from JScript: Connect, CreateDocument, Send, find the job, cancel it.
// Arguments: TIFF_DIR SERVER DOC_DIR
var count = 0;
function check(condition, name) {
    count++;
    WScript.Echo((condition ? "ok " : "not ok ") + count + " - " + name);
}
WScript.Echo("1..7");
var server = new ActiveXObject("FaxServer.FaxServer");
server.Connect(WScript.Arguments(1));
var doc = server.CreateDocument(WScript.Arguments(2) + "\\doc.pdf");
doc.FaxNumber = "5550777";
doc.RecipientName = "JScript Recipient";
doc.SendCoverpage = true;
var id = doc.Send();
check(id > 0, "Send returned job " + id);
var jobs = server.GetJobs(), job = null;
for (var i = 1; i <= jobs.Count; i++)
    if (jobs.Item(i).JobId == id) job = jobs.Item(i);
check(job != null, "GetJobs lists job " + id);
check(job.RecipientName == "JScript Recipient", "RecipientName: " + job.RecipientName);
check(job.PageCount == 2, "PageCount counts the PDF page and the cover: " + job.PageCount);
job.SetStatus(1);
var still = false;
jobs = server.GetJobs();
for (var i = 1; i <= jobs.Count; i++)
    if (jobs.Item(i).JobId == id) still = true;
check(!still, "SetStatus(1) cancelled it");
try {
    jobs.Item(jobs.Count + 1);
    check(false, "Item past the end must fail");
    check(false, "Item past the end: no description");
} catch (e) {
    check(e.number == (0x80070057 | 0), "Item past the end throws E_INVALIDARG: " + (e.number >>> 0).toString(16));
    check(e.description.indexOf("out of range") >= 0, "with faxcom's description: " + e.description);
}
server.Disconnect();
