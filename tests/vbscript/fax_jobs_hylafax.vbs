' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxServer, FaxDoc, FaxJobs and FaxJob against a real HylaFAX server (run by
' run-hylafax-scripts inside tests/fixtures/with-hylafax).
' Arguments: TIFF_DIR SERVER LOGIN PASSWORD_USER PASSWORD DOC_DIR SENDFAX_JOB_ID
'   SERVER is host:port: faxcom then logs in with the local login name, LOGIN, which the
'   fixture lets in from 127.0.0.1 without a password.  PASSWORD_USER needs PASSWORD.
Plan 73
tiffs = WScript.Arguments(0)
url = WScript.Arguments(1)
user = WScript.Arguments(2)
passwordUrl = "hylafax://" & WScript.Arguments(3) & ":" & WScript.Arguments(4) & "@" & url
wrongPasswordUrl = "hylafax://" & WScript.Arguments(3) & ":wrong-password@" & url
docs = WScript.Arguments(5)
sendfaxJob = CLng(WScript.Arguments(6))

Function QueueCount(server)
    QueueCount = server.GetJobs.Count
End Function

Set server = CreateObject("FaxServer.FaxServer")
On Error Resume Next
Set jobs = server.GetJobs
CheckEqual Hex(Err.Number), "800708CA", "GetJobs before Connect: not connected"
Check InStr(Err.Description, "Connect") > 0, "and says to Connect: " & Err.Description
Err.Clear
server.Connect wrongPasswordUrl
CheckEqual Hex(Err.Number), "80070005", "a wrong password is refused"
Check InStr(Err.Description, "wrong-password") = 0, "and the password is not in the description: " & Err.Description
Err.Clear
server.Connect "no such host"
Check Err.Number <> 0, "a malformed server name fails: " & Err.Description
Err.Clear
On Error GoTo 0

server.Connect passwordUrl
Check server.GetJobs.Count >= 1, "the password user connects and lists the queue"
server.Disconnect
server.Connect url
Check True, "Connect to " & url & " as the local login"
Check server.GetJobs.Count >= 1, "and lists the queue"

' ---- a document with every property set ----
Set doc = server.CreateDocument(docs & "\doc.txt")
Check IsObject(doc), "CreateDocument"
CheckEqual doc.FileName, docs & "\doc.txt", "FileName preset by CreateDocument"
CheckEqual doc.RecipientName, "", "properties start empty"
CheckEqual doc.SendCoverpage, 0, "flags start FALSE"
CheckEqual doc.CallHandle, 0, "CallHandle reads 0"
' (Wine's vbscript has no Execute/Eval: every property is spelled out.)
doc.CoverpageName = "v-CoverpageName"
doc.RecipientName = "v-RecipientName"
doc.RecipientCompany = "v-RecipientCompany"
doc.RecipientAddress = "v-RecipientAddress"
doc.RecipientCity = "v-RecipientCity"
doc.RecipientState = "v-RecipientState"
doc.RecipientZip = "v-RecipientZip"
doc.RecipientCountry = "v-RecipientCountry"
doc.RecipientTitle = "v-RecipientTitle"
doc.RecipientDepartment = "v-RecipientDepartment"
doc.RecipientOffice = "v-RecipientOffice"
doc.RecipientHomePhone = "v-RecipientHomePhone"
doc.RecipientOfficePhone = "v-RecipientOfficePhone"
doc.SenderName = "v-SenderName"
doc.SenderCompany = "v-SenderCompany"
doc.SenderAddress = "v-SenderAddress"
doc.SenderTitle = "v-SenderTitle"
doc.SenderDepartment = "v-SenderDepartment"
doc.SenderOffice = "v-SenderOffice"
doc.SenderHomePhone = "v-SenderHomePhone"
doc.SenderOfficePhone = "v-SenderOfficePhone"
doc.CoverpageNote = "v-CoverpageNote"
doc.CoverpageSubject = "v-CoverpageSubject"
doc.Tsid = "v-Tsid"
doc.BillingCode = "v-BillingCode"
doc.EmailAddress = "v-EmailAddress"
doc.DisplayName = "v-DisplayName"
doc.FaxNumber = "v-FaxNumber"
doc.SenderFax = "v-SenderFax"
ok = True
If doc.CoverpageName <> "v-CoverpageName" Then ok = False: WScript.Echo "# CoverpageName does not round-trip"
If doc.RecipientName <> "v-RecipientName" Then ok = False: WScript.Echo "# RecipientName does not round-trip"
If doc.RecipientCompany <> "v-RecipientCompany" Then ok = False: WScript.Echo "# RecipientCompany does not round-trip"
If doc.RecipientAddress <> "v-RecipientAddress" Then ok = False: WScript.Echo "# RecipientAddress does not round-trip"
If doc.RecipientCity <> "v-RecipientCity" Then ok = False: WScript.Echo "# RecipientCity does not round-trip"
If doc.RecipientState <> "v-RecipientState" Then ok = False: WScript.Echo "# RecipientState does not round-trip"
If doc.RecipientZip <> "v-RecipientZip" Then ok = False: WScript.Echo "# RecipientZip does not round-trip"
If doc.RecipientCountry <> "v-RecipientCountry" Then ok = False: WScript.Echo "# RecipientCountry does not round-trip"
If doc.RecipientTitle <> "v-RecipientTitle" Then ok = False: WScript.Echo "# RecipientTitle does not round-trip"
If doc.RecipientDepartment <> "v-RecipientDepartment" Then ok = False: WScript.Echo "# RecipientDepartment does not round-trip"
If doc.RecipientOffice <> "v-RecipientOffice" Then ok = False: WScript.Echo "# RecipientOffice does not round-trip"
If doc.RecipientHomePhone <> "v-RecipientHomePhone" Then ok = False: WScript.Echo "# RecipientHomePhone does not round-trip"
If doc.RecipientOfficePhone <> "v-RecipientOfficePhone" Then ok = False: WScript.Echo "# RecipientOfficePhone does not round-trip"
If doc.SenderName <> "v-SenderName" Then ok = False: WScript.Echo "# SenderName does not round-trip"
If doc.SenderCompany <> "v-SenderCompany" Then ok = False: WScript.Echo "# SenderCompany does not round-trip"
If doc.SenderAddress <> "v-SenderAddress" Then ok = False: WScript.Echo "# SenderAddress does not round-trip"
If doc.SenderTitle <> "v-SenderTitle" Then ok = False: WScript.Echo "# SenderTitle does not round-trip"
If doc.SenderDepartment <> "v-SenderDepartment" Then ok = False: WScript.Echo "# SenderDepartment does not round-trip"
If doc.SenderOffice <> "v-SenderOffice" Then ok = False: WScript.Echo "# SenderOffice does not round-trip"
If doc.SenderHomePhone <> "v-SenderHomePhone" Then ok = False: WScript.Echo "# SenderHomePhone does not round-trip"
If doc.SenderOfficePhone <> "v-SenderOfficePhone" Then ok = False: WScript.Echo "# SenderOfficePhone does not round-trip"
If doc.CoverpageNote <> "v-CoverpageNote" Then ok = False: WScript.Echo "# CoverpageNote does not round-trip"
If doc.CoverpageSubject <> "v-CoverpageSubject" Then ok = False: WScript.Echo "# CoverpageSubject does not round-trip"
If doc.Tsid <> "v-Tsid" Then ok = False: WScript.Echo "# Tsid does not round-trip"
If doc.BillingCode <> "v-BillingCode" Then ok = False: WScript.Echo "# BillingCode does not round-trip"
If doc.EmailAddress <> "v-EmailAddress" Then ok = False: WScript.Echo "# EmailAddress does not round-trip"
If doc.DisplayName <> "v-DisplayName" Then ok = False: WScript.Echo "# DisplayName does not round-trip"
If doc.FaxNumber <> "v-FaxNumber" Then ok = False: WScript.Echo "# FaxNumber does not round-trip"
If doc.SenderFax <> "v-SenderFax" Then ok = False: WScript.Echo "# SenderFax does not round-trip"
Check ok, "all 29 other string properties round-trip"
doc.SendCoverpage = True
doc.DiscountSend = -1
CheckEqual doc.SendCoverpage, 1, "SendCoverpage = True reads back as TRUE (1)"
CheckEqual doc.DiscountSend, 1, "DiscountSend = -1 reads back as TRUE (1)"
doc.DiscountSend = False
doc.CoverpageName = ""
doc.EmailAddress = ""
doc.FaxNumber = "5551234"
doc.RecipientName = "M" & Chr(252) & "ller & Co"
doc.Tsid = "+49 30 1234"
doc.SenderName = "Alice Sender"
doc.SenderCompany = "ACME; Inc"
doc.SenderDepartment = "Billing=Dept"
doc.BillingCode = "B-42"
doc.DisplayName = "Quarterly report"
doc.CoverpageSubject = "Your order"
doc.CoverpageNote = "Line one" & vbCrLf & "Line two (with parentheses)"
id = doc.Send
Check id > 0, "Send returns a job id: " & id

Set job = FindJob(server, id)
Check Not job Is Nothing, "GetJobs lists the new job"
CheckEqual job.Type, 1, "Type is send (1)"
CheckEqual job.FaxNumber, "5551234", "FaxNumber"
CheckEqual job.RecipientName, "M" & Chr(252) & "ller & Co", "RecipientName (non-ASCII) round-trips through the server"
CheckEqual job.Tsid, "+49 30 1234", "Tsid"
CheckEqual job.SenderName, "Alice Sender", "SenderName"
CheckEqual job.SenderCompany, "ACME; Inc", "SenderCompany"
CheckEqual job.SenderDept, "Billing=Dept", "SenderDept"
CheckEqual job.BillingCode, "B-42", "BillingCode"
CheckEqual job.DisplayName, "Quarterly report", "DisplayName"
CheckEqual job.DiscountSend, 0, "DiscountSend"
CheckEqual job.UserName, user, "UserName is the login"
Check job.PageCount >= 1, "PageCount counts the cover and the letter: " & job.PageCount
' The server has no modems: a submitted job waits (W), "Pending" to every view.  hfaxd keeps
' a per-session copy of the jobs a session submitted or changed, so the FaxServer that acted
' is checked against a second one that did not.
Set viewer = CreateObject("FaxServer.FaxServer")
viewer.Connect url
CheckEqual job.QueueStatus, "Pending", "QueueStatus of the just-sent job, listed by the server that sent it"
CheckEqual FindJob(viewer, id).QueueStatus, "Pending", "and by a second FaxServer"
Check Len(job.DeviceStatus) > 0, "DeviceStatus: " & job.DeviceStatus

' ---- pause, resume, cancel ----
job.SetStatus 2
CheckEqual FindJob(server, id).QueueStatus, "Paused", "SetStatus 2 pauses the job (GetJobs of the server that paused it)"
CheckEqual FindJob(viewer, id).QueueStatus, "Paused", "and of a second FaxServer"
job.Refresh
CheckEqual job.QueueStatus, "Paused", "and Refresh"
job.SetStatus 3
CheckEqual FindJob(server, id).QueueStatus, "Pending", "SetStatus 3 resumes it (GetJobs of the server that resumed it)"
CheckEqual FindJob(viewer, id).QueueStatus, "Pending", "and of a second FaxServer"
job.Refresh
CheckEqual job.QueueStatus, "Pending", "and Refresh"
viewer.Disconnect
job.SetStatus 1
Check FindJob(server, id) Is Nothing, "SetStatus 1 cancels it: the job leaves the queue"
On Error Resume Next
job.SetStatus 7
CheckEqual Hex(Err.Number), "80070057", "SetStatus 7 is refused"
Check Len(Err.Description) > 10, "with a description: " & Err.Description
Err.Clear
On Error GoTo 0

' ---- every document type ----
For Each f In Array("doc.ps", "doc.pdf", "doc.txt")
    Set d = server.CreateDocument(docs & "\" & f)
    d.FaxNumber = "5550100"
    d.DisplayName = "type " & f
    n = d.Send
    Set j = FindJob(server, n)
    Check Not j Is Nothing, f & " is queued as job " & n
    If Not j Is Nothing Then CheckEqual j.DisplayName, "type " & f, f & " DisplayName" Else Check False, f
Next
Set d = server.CreateDocument(tiffs & "\fax-g4-2pages.tif")
d.FaxNumber = "5550100"
d.DiscountSend = True
n = d.Send
Set j = FindJob(server, n)
Check Not j Is Nothing, "a TIFF is queued as job " & n
CheckEqual j.DiscountSend, 1, "DiscountSend is carried to the server"
CheckEqual j.PageCount, 2, "the TIFF's two pages are counted"
WScript.Echo "# KEEP " & n

' ---- the job sendfax submitted, cancelled from here ----
Set other = FindJob(server, sendfaxJob)
Check Not other Is Nothing, "the job sendfax submitted (" & sendfaxJob & ") is listed"
CheckEqual other.FaxNumber, "5559999", "with sendfax's number"
other.SetStatus 1
Check FindJob(server, sendfaxJob) Is Nothing, "and cancelled by faxcom"

' ---- bad input leaves no job behind ----
count = QueueCount(server)
Set d = server.CreateDocument(docs & "\doc.txt")
On Error Resume Next
d.Send
CheckEqual Hex(Err.Number), "80070057", "Send without FaxNumber fails"
Check InStr(Err.Description, "FaxNumber") > 0, "naming FaxNumber: " & Err.Description
Err.Clear
d.FaxNumber = "555" & vbCrLf & "JKILL " & n
d.Send
CheckEqual Hex(Err.Number), "80070057", "a CR/LF in FaxNumber is refused"
Err.Clear
d.FaxNumber = "5550100"
d.RecipientName = "Evil" & Chr(0) & "name"
d.Send
CheckEqual Hex(Err.Number), "80070057", "a NUL in RecipientName is refused"
Err.Clear
d.RecipientName = ""
d.FileName = docs & "\missing.txt"
d.Send
CheckEqual Hex(Err.Number), "80070002", "a missing file fails: " & Err.Description
Err.Clear
d.FileName = docs & "\image.png"
d.Send
CheckEqual Hex(Err.Number), "8007000B", "an unsupported type fails"
Check InStr(Err.Description, "PNG") > 0, "naming the type: " & Err.Description
Err.Clear
On Error GoTo 0
CheckEqual QueueCount(server), count, "no job was left behind by the failures"
Check Not FindJob(server, n) Is Nothing, "the injection did not kill job " & n

' ---- collections ----
Set jobs = server.GetJobs
On Error Resume Next
Set x = jobs.Item(0)
CheckEqual Hex(Err.Number), "80070057", "Item(0) is out of range"
Err.Clear
Set x = jobs.Item(jobs.Count + 1)
CheckEqual Hex(Err.Number), "80070057", "Item(Count + 1) is out of range: " & Err.Description
Err.Clear
On Error GoTo 0
CheckEqual jobs(1).JobId, jobs.Item(1).JobId, "Item is the default member"

' ---- Disconnect: snapshots keep working, the server is not asked ----
Set keep = FindJob(server, n)
server.Disconnect
CheckEqual jobs.Count, jobs.Count, "a listing still answers after Disconnect"
CheckEqual keep.JobId, n, "a job snapshot still answers"
On Error Resume Next
keep.SetStatus 2
CheckEqual Hex(Err.Number), "800708CA", "SetStatus after Disconnect: not connected"
Err.Clear
keep.Refresh
CheckEqual Hex(Err.Number), "800708CA", "Refresh after Disconnect: not connected"
Err.Clear
d.Send
CheckEqual Hex(Err.Number), "800708CA", "Send after Disconnect: not connected"
Err.Clear
server.Disconnect
CheckEqual Hex(Err.Number), "800708CA", "a second Disconnect: not connected"
Err.Clear
On Error GoTo 0
server.Connect url
Check QueueCount(server) >= 1, "Connect again works"
