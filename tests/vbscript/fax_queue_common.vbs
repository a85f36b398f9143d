' SPDX-License-Identifier: LGPL-2.1-or-later
' The legacy send-and-manage flow, run against BOTH backends (a real HylaFAX and faxcom's
' local fax queue): connect, send with a cover page, find the job, check its fields, pause,
' resume, cancel; bad input leaves no job behind.
' Arguments: TIFF_DIR SERVER DOC_DIR LOGIN
Plan 20
server_name = WScript.Arguments(1)
docs = WScript.Arguments(2)
login = WScript.Arguments(3)

Set server = CreateObject("FaxServer.FaxServer")
server.Connect server_name
Set doc = server.CreateDocument(docs & "\doc.txt")
doc.FaxNumber = "5550123"
doc.RecipientName = "Common Recipient"
doc.SenderName = "Common Sender"
doc.SenderCompany = "Common Co"
doc.SenderDepartment = "Dept 7"
doc.BillingCode = "BC-1"
doc.DisplayName = "common flow"
doc.Tsid = "+1 555 0199"
doc.SendCoverpage = True
doc.CoverpageSubject = "Subject"
id = doc.Send
Check id > 0, "Send returned job " & id
Set job = FindJob(server, id)
Check Not job Is Nothing, "GetJobs lists it"
CheckEqual job.FaxNumber, "5550123", "FaxNumber"
CheckEqual job.RecipientName, "Common Recipient", "RecipientName"
CheckEqual job.SenderName, "Common Sender", "SenderName"
CheckEqual job.SenderCompany, "Common Co", "SenderCompany"
CheckEqual job.SenderDept, "Dept 7", "SenderDept"
CheckEqual job.BillingCode, "BC-1", "BillingCode"
CheckEqual job.DisplayName, "common flow", "DisplayName"
CheckEqual job.Tsid, "+1 555 0199", "Tsid"
CheckEqual job.Type, 1, "Type"
CheckEqual job.UserName, login, "UserName"
CheckEqual job.PageCount, 3, "PageCount: two text pages and the cover"
job.SetStatus 2
job.Refresh
CheckEqual job.QueueStatus, "Paused", "paused"
job.SetStatus 3
job.Refresh
Check job.QueueStatus <> "Paused", "resumed: " & job.QueueStatus
job.SetStatus 1
Check FindJob(server, id) Is Nothing, "cancelled: it left the queue"

count = server.GetJobs.Count
Set bad = server.CreateDocument(docs & "\missing.txt")
bad.FaxNumber = "5550100"
On Error Resume Next
bad.Send
CheckEqual Hex(Err.Number), "80070002", "a missing file fails"
Err.Clear
bad.FileName = docs & "\image.png"
bad.Send
CheckEqual Hex(Err.Number), "8007000B", "an unsupported type fails"
Err.Clear
bad.FileName = docs & "\doc.txt"
bad.FaxNumber = ""
bad.Send
CheckEqual Hex(Err.Number), "80070057", "no FaxNumber fails"
Err.Clear
On Error GoTo 0
CheckEqual server.GetJobs.Count, count, "no job left behind"
server.Disconnect
