' SPDX-License-Identifier: LGPL-2.1-or-later
' The local fax queue's delivery: a sent job shows in GetJobs once, then it is in the outbox.
' Arguments: TIFF_DIR SPOOL_NAME DOC_DIR
Plan 6
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
Set ports = server.GetPorts
CheckEqual ports.Count, 1, "one virtual port"
CheckEqual ports.Item(1).Name, "faxcom-outbox", "named faxcom-outbox"
Set doc = server.CreateDocument(WScript.Arguments(2) & "\doc.pdf")
doc.FaxNumber = "5550777"
doc.SendCoverpage = True
id = doc.Send
Check id > 0, "queued as job " & id
Set jobs = server.GetJobs
CheckEqual jobs.Count, 1, "GetJobs shows it"
Set jobs = server.GetJobs
CheckEqual jobs.Count, 0, "then it is delivered"
CheckEqual ports.Item(1).GetStatus.Description, "Running and idle", "the port is idle"
