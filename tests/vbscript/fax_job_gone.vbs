' SPDX-License-Identifier: LGPL-2.1-or-later
' Run in a second Wine process after faxrm: the job faxcom left queued must be gone.  Then a
' job of its own, cancelled: once GetJobs no longer lists it, FaxJob.Refresh must fail as
' SetStatus does, with a description, not read the finished job from the done queue.
' Arguments: TIFF_DIR SERVER_URL JOB_ID
Plan 8
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
id = CLng(WScript.Arguments(2))

Set jobs = server.GetJobs
found = False
For i = 1 To jobs.Count
    If jobs.Item(i).JobId = id Then found = True
Next
Check Not found, "job " & id & " killed by faxrm is not listed"
Check jobs.Count >= 0, "the listing from this process works (" & jobs.Count & " jobs)"

Set doc = server.CreateDocument(WScript.Arguments(0) & "\fax-g4-2pages.tif")
doc.FaxNumber = "5550101"
own = doc.Send
Set job = FindJob(server, own)
Check Not job Is Nothing, "a job of this process (" & own & ") is listed"
job.SetStatus 1
Check FindJob(server, own) Is Nothing, "SetStatus 1 cancels it: GetJobs no longer lists it"
On Error Resume Next
job.SetStatus 2
setStatusError = Err.Number
Check setStatusError <> 0, "SetStatus on it fails: " & Err.Description
Err.Clear
job.Refresh
refreshError = Err.Number
refreshText = Err.Description
Err.Clear
On Error GoTo 0
Check refreshError <> 0, "Refresh of it fails too (" & Hex(refreshError) & ")"
Check InStr(refreshText, CStr(own)) > 0, "with a description naming the job: " & refreshText
CheckEqual job.JobId, own, "the FaxJob keeps its last snapshot"
