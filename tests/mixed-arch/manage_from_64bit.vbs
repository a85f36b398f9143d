' SPDX-License-Identifier: LGPL-2.1-or-later
' Mixed architectures, step 2 (run by the 64-bit cscript): sees the 32-bit side's setting
' and jobs, stores a setting, pauses the first job and cancels the second.
' Arguments: TIFF_DIR SERVER ID1 ID2
Plan 8
arch = CreateObject("WScript.Shell").Environment("PROCESS")("PROCESSOR_ARCHITECTURE")
CheckEqual arch, "AMD64", "this is a 64-bit process"
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
CheckEqual server.Retries, 4, "Retries written by the 32-bit side"
server.DirtyDays = 3
CheckEqual server.DirtyDays, 3, "DirtyDays stored from the 64-bit side"
id1 = CLng(WScript.Arguments(2)): id2 = CLng(WScript.Arguments(3))
Set jobs = server.GetJobs
Set job1 = Nothing: Set job2 = Nothing
For i = 1 To jobs.Count
    If jobs.Item(i).JobId = id1 Then Set job1 = jobs.Item(i)
    If jobs.Item(i).JobId = id2 Then Set job2 = jobs.Item(i)
Next
Check Not job1 Is Nothing, "the 64-bit side lists job " & id1
Check Not job2 Is Nothing, "the 64-bit side lists job " & id2
If Not job1 Is Nothing Then CheckEqual job1.DisplayName, "mixed 1", "with the name the 32-bit side gave it"
If job1 Is Nothing Then Check False, "with the name the 32-bit side gave it"
On Error Resume Next
job1.SetStatus 2
CheckEqual Err.Number, 0, "pause job " & id1 & " " & Err.Description
Err.Clear
job2.SetStatus 1
CheckEqual Err.Number, 0, "cancel job " & id2 & " " & Err.Description
On Error GoTo 0
server.Disconnect
