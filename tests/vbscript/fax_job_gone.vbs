' Run in a second Wine process after faxrm: the job faxcom left queued must be gone.
' Arguments: TIFF_DIR SERVER_URL JOB_ID
Plan 2
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
