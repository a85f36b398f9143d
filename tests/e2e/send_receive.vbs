' SPDX-License-Identifier: LGPL-2.1-or-later
' The end-to-end fax: with administrator rights, change a port, send a one-page document to
' the other modem's number and follow the job (GetJobs/Refresh, FaxStatus while it is on a
' modem) until HylaFAX has sent it.  Bounded: gives up after 150 s.
' Arguments: TIFF_DIR SERVER_URL DOCUMENT MODEM_B_NUMBER
Plan 13
' Wine 8's WScript.Sleep ends the script; Wine's ping waits about a second per extra echo.
Set shell = CreateObject("WScript.Shell")
Sub Pause
    shell.Run "ping -n 2 127.0.0.1", 0, True
End Sub

Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
Set ports = server.GetPorts
CheckEqual ports.Count, 2, "two ports"
Set port = ports.Item(2)
CheckEqual port.CanModify, 1, "CanModify with administrator rights"
CheckEqual port.Rings, 1, "Rings from the modem's configuration"
CheckEqual port.Receive, 1, "Receive: the modem answers"
port.Rings = 2
CheckEqual port.Rings, 2, "Rings changed on the running modem"
port.Rings = 1

Set doc = server.CreateDocument(WScript.Arguments(2))
doc.FaxNumber = WScript.Arguments(3)
doc.DisplayName = "end-to-end fax"
doc.RecipientName = "Modem B"
doc.SenderName = "Modem A"
id = doc.Send
Check id > 0, "sent as job " & id

sawSending = False
sawJob = False
doneState = ""
deadline = Timer + 150
Do While Timer < deadline
    Set jobs = server.GetJobs
    Set job = Nothing
    For i = 1 To jobs.Count
        If jobs.Item(i).JobId = id Then Set job = jobs.Item(i)
    Next
    If job Is Nothing Then Exit Do
    sawJob = True
    job.Refresh
    For i = 1 To ports.Count
        Set st = ports.Item(i).GetStatus
        If st.Send Then
            If Not sawSending Then
                WScript.Echo "# on " & st.DeviceName & ": " & st.Description & ", document '" & st.DocumentName & _
                    "', to " & st.Address & ", page " & st.CurrentPage & " of " & st.PageCount & _
                    ", started " & st.StartTime & ", elapsed " & st.ElapsedTime
                sawSending = (st.DocumentName = "end-to-end fax" And st.Address = WScript.Arguments(3))
            End If
        End If
    Next
    WScript.Echo "# " & Int(150 - (deadline - Timer)) & "s: " & job.QueueStatus & " / " & job.DeviceStatus
    Pause
Loop
Check sawJob, "GetJobs listed the job while it was queued"
Check Timer < deadline, "the job left the send queue within 150 s"
Check sawSending, "FaxStatus showed the job on a modem (document name and number)"
Set jobs = server.GetJobs
found = False
For i = 1 To jobs.Count
    If jobs.Item(i).JobId = id Then found = True
Next
Check Not found, "the job is no longer queued"
Set st = ports.Item(1).GetStatus
Check Len(st.Description) > 0, "status after the fax: " & st.Description
Check True, "JOB " & id
server.Disconnect
Check True, "disconnected"
