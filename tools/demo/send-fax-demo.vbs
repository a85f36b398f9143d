' SPDX-License-Identifier: LGPL-2.1-or-later
' faxcom demo: the way a legacy program sends a fax, run unchanged by Wine's cscript.
' Arguments: SERVER DOCUMENT  (SERVER: "spool:DIRECTORY" for faxcom's local queue, or host:port)
Set server = CreateObject("FaxServer.FaxServer")
arch = CreateObject("WScript.Shell").Environment("PROCESS")("PROCESSOR_ARCHITECTURE")
If arch = "x86" Then bits = "32-bit" Else bits = "64-bit"
WScript.Echo "  CreateObject(""FaxServer.FaxServer"")  ok (a " & bits & " program, " & arch & ")"
server.Connect WScript.Arguments(0)
WScript.Echo "  Connect """ & WScript.Arguments(0) & """  ok"

Set doc = server.CreateDocument(WScript.Arguments(1))
doc.FaxNumber = "5551234"
doc.RecipientName = "Accounts Payable"
doc.RecipientCompany = "Example Supplies Ltd."
doc.SenderName = "Alice Example"
doc.SenderCompany = "ACME Corporation"
doc.DisplayName = "Invoice 2024-017"
doc.SendCoverpage = True
doc.CoverpageSubject = "Invoice 2024-017"
doc.CoverpageNote = "Please find our invoice attached. Payment is due within 30 days."
jobId = doc.Send
WScript.Echo "  FaxDoc.Send  ->  job " & jobId

Set jobs = server.GetJobs
WScript.Echo "  GetJobs: " & jobs.Count & " job(s) queued"
For i = 1 To jobs.Count
    Set job = jobs.Item(i)
    WScript.Echo "    job " & job.JobId & ": " & job.DisplayName & " to " & job.FaxNumber & " (" & _
        job.RecipientName & "), " & job.PageCount & " page(s), " & job.QueueStatus & " / " & job.DeviceStatus
Next
Set ports = server.GetPorts
For i = 1 To ports.Count
    WScript.Echo "  port " & ports.Item(i).Name & ": " & ports.Item(i).GetStatus.Description
Next
server.Disconnect
WScript.Echo "  Disconnect  ok"
