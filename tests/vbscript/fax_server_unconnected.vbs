' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxServer from VBScript without a fax server: creation works; members that need a
' server fail with a description (never a silent success).
Plan 6
Set server = CreateObject("FaxServer.FaxServer")
Check IsObject(server), "CreateObject(""FaxServer.FaxServer"")"
Set server1 = CreateObject("FaxServer.FaxServer.1")
Check IsObject(server1), "CreateObject(""FaxServer.FaxServer.1"")"
On Error Resume Next
Set jobs = server.GetJobs
Check Err.Number <> 0, "GetJobs before Connect fails"
Check Len(Err.Description) > 10, "with a description: " & Err.Description
Err.Clear
r = server.Retries
Check Err.Number <> 0, "Retries before Connect fails"
Check Len(Err.Description) > 10, "with a description: " & Err.Description
