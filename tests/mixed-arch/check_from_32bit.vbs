' SPDX-License-Identifier: LGPL-2.1-or-later
' Mixed architectures, step 3 (run by the 32-bit cscript): sees what the 64-bit side did,
' then cancels the paused job and restores the settings.
' Arguments: TIFF_DIR SERVER ID1 ID2
Plan 6
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
id1 = CLng(WScript.Arguments(2)): id2 = CLng(WScript.Arguments(3))
Set jobs = server.GetJobs
Set job1 = Nothing
found2 = False
For i = 1 To jobs.Count
    If jobs.Item(i).JobId = id1 Then Set job1 = jobs.Item(i)
    If jobs.Item(i).JobId = id2 Then found2 = True
Next
Check Not job1 Is Nothing, "job " & id1 & " is still listed"
If Not job1 Is Nothing Then CheckEqual job1.QueueStatus, "Paused", "paused by the 64-bit side"
If job1 Is Nothing Then Check False, "paused by the 64-bit side"
Check Not found2, "job " & id2 & " cancelled by the 64-bit side is gone"
On Error Resume Next
job1.SetStatus 1
CheckEqual Err.Number, 0, "cancel job " & id1 & " " & Err.Description
On Error GoTo 0
CheckEqual server.DirtyDays, 3, "DirtyDays written by the 64-bit side"
server.Retries = 2
server.DirtyDays = 0
CheckEqual server.Retries, 2, "Retries restored"
server.Disconnect
