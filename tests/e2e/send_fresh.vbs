' SPDX-License-Identifier: LGPL-2.1-or-later
' A fax sent through faxcom and nothing else: connect, send one page to modem B's number,
' disconnect.  Started by run-fresh-send while the server is still starting, so that Wine is
' up when the server is handed over: the script waits for GO_FILE, which holds one line
' "SERVER|DOCUMENT|NUMBER|SEND_AT", then connects and, no earlier than SEND_AT (seconds since
' local midnight, as Timer counts), sends.  Gives up after 90 s without GO_FILE.
' Arguments: TIFF_DIR GO_FILE
Plan 3
Set shell = CreateObject("WScript.Shell")
Set fso = CreateObject("Scripting.FileSystemObject")
goFile = WScript.Arguments(1)
' Wine 8's WScript.Sleep ends the script; Wine's ping waits about a second per extra echo.
waited = 0
Do While Not fso.FileExists(goFile) And waited < 90
    shell.Run "ping -n 2 127.0.0.1", 0, True
    waited = waited + 1
Loop
If Not fso.FileExists(goFile) Then
    WScript.Echo "# no " & goFile & " after 90 s"
    WScript.Quit
End If
Set stream = fso.OpenTextFile(goFile)
fields = Split(stream.ReadLine, "|")
stream.Close

Set server = CreateObject("FaxServer.FaxServer")
server.Connect fields(0)
Check True, "connected to " & fields(0)
sendAt = CDbl(fields(3))
If sendAt - Timer > 0 And sendAt - Timer < 10 Then
    WScript.Echo "# waiting " & Round(sendAt - Timer, 2) & " s before sending"
    Do While Timer < sendAt
    Loop
End If
Set doc = server.CreateDocument(fields(1))
doc.FaxNumber = fields(2)
doc.DisplayName = "fresh-server fax"
id = doc.Send
Check id > 0, "sent as job " & id & " at " & Timer
server.Disconnect
Check True, "disconnected"
