' SPDX-License-Identifier: LGPL-2.1-or-later
' The fault-injection cases (cases.txt) against faxcom.dll, all in one cscript process, so
' every case also shows that the faults before it left the DLL usable.  Run by run-faults
' through tests/vbscript/run-script (tap.vbs.inc is prepended).
' Arguments: TIFF_DIR PORT BLACKHOLE_PORT CASES STATE_DIR
'   PORT is hostile-hfaxd's, BLACKHOLE_PORT one that never accepts; STATE_DIR is where the
'   server writes what it saw of each case (fired, connections, jobs left).
Const CONNECT_MS = 1500
Const REPLY_MS = 2000
Const TRANSFER_MS = 3000
Const SLACK = 1.5
tiffs = WScript.Arguments(0)
port = WScript.Arguments(1)
blackhole = WScript.Arguments(2)
stateDir = WScript.Arguments(4)

Set fso = CreateObject("Scripting.FileSystemObject")
Set shell = CreateObject("WScript.Shell")
Const KEY = "HKCU\Software\Wine\Fax\"

' The words of a line, however many blanks apart.  (No ReDim: Wine 8's vbscript crashes
' on ReDim of a local array.)
Function Words(line)
    Dim text
    text = Trim(Replace(Replace(line, vbTab, " "), vbCr, ""))
    Do While InStr(text, "  ") > 0
        text = Replace(text, "  ", " ")
    Loop
    Words = Split(text, " ")
End Function

' The case lines of the table, comments and blank lines left out.
Function ReadCases(path)
    Dim stream, line, kept
    kept = ""
    Set stream = fso.OpenTextFile(path, 1)
    Do Until stream.AtEndOfStream
        line = Trim(stream.ReadLine)
        If line <> "" And Left(line, 1) <> "#" Then
            If kept <> "" Then kept = kept & vbLf
            kept = kept & line
        End If
    Loop
    stream.Close
    ReadCases = Split(kept, vbLf)
End Function

' What hostile-hfaxd recorded for a case: "fired", "connections", "left".
Function StateOf(name, field)
    Dim stream, line
    StateOf = ""
    If Not fso.FileExists(stateDir & "\" & name) Then Exit Function
    Set stream = fso.OpenTextFile(stateDir & "\" & name, 1)
    Do Until stream.AtEndOfStream
        line = stream.ReadLine
        If Left(line, Len(field) + 1) = field & "=" Then StateOf = Mid(line, Len(field) + 2)
    Loop
    stream.Close
End Function

Function BoundOf(bound)
    Select Case bound
    Case "fast": BoundOf = REPLY_MS / 1000 * 0.95
    Case "reply": BoundOf = REPLY_MS / 1000 + SLACK
    Case "transfer": BoundOf = TRANSFER_MS / 1000 + SLACK
    Case "connect": BoundOf = CONNECT_MS / 1000 + SLACK
    Case Else: BoundOf = -1
    End Select
End Function

' What the error of a case that waits for a limit must name.
Function LimitNamed(bound)
    Select Case bound
    Case "reply": LimitNamed = "ReplyTimeout"
    Case "transfer": LimitNamed = "TransferTimeout"
    Case "connect": LimitNamed = "connect"
    Case Else: LimitNamed = ""
    End Select
End Function

' The first error of an operation.
Dim errNumber, errDescription, isConnected
Function Failed()
    Failed = False
    If Err.Number <> 0 Then
        errNumber = Err.Number: errDescription = Err.Description
        Err.Clear
        Failed = True
    End If
End Function

Function SetStatusCommand(op)
    Select Case op
    Case "kill": SetStatusCommand = 1
    Case "suspend": SetStatusCommand = 2
    Case Else: SetStatusCommand = 3
    End Select
End Function

' Performs `op`; returns what it counted (jobs, ports), the new job id, or 0; -1 when it
' failed (errNumber, errDescription).
Function DoOp(server, op, target, url)
    On Error Resume Next
    Dim jobs, doc, tiff
    errNumber = 0: errDescription = ""
    DoOp = -1
    If op = "tiff" Then
        Set tiff = CreateObject("FaxTiff.FaxTiff")
        tiff.Image = tiffs & "\" & target
        If Failed() Then Exit Function
        DoOp = 0
        Exit Function
    End If
    If Not isConnected Then
        server.Connect url
        If Failed() Then Exit Function
        isConnected = True
    End If
    Select Case op
    Case "connect"
        DoOp = 0
    Case "getjobs", "getjobs2"
        If op = "getjobs2" Then
            Set jobs = server.GetJobs
            If Failed() Then Exit Function
        End If
        Set jobs = server.GetJobs
        If Failed() Then Exit Function
        DoOp = jobs.Count
    Case "send"
        Set doc = server.CreateDocument(tiffs & "\fax-g4-2pages.tif")
        If Failed() Then Exit Function
        doc.FaxNumber = "5550123"
        DoOp = doc.Send
        If Failed() Then DoOp = -1
    Case "kill", "suspend", "resume"
        Set jobs = server.GetJobs
        If Failed() Then Exit Function
        jobs.Item(1).SetStatus SetStatusCommand(op)
        If Failed() Then Exit Function
        DoOp = 0
    Case "getports"
        Set jobs = server.GetPorts
        If Failed() Then Exit Function
        DoOp = jobs.Count
    Case Else
        errNumber = 5: errDescription = "faults.vbs: unknown operation " & op
    End Select
End Function

Sub RunCase(c)
    Dim name, op, target, expect, url, server, started, took, result, problems, description, wanted, leftJobs, fired, again
    name = c(0): op = c(1): target = c(2): expect = c(4)
    Set stream = fso.CreateTextFile(stateDir & "\current", True)
    stream.Write name
    stream.Close
    If target = "port:blackhole" Then
        url = "hylafax://" & name & "@127.0.0.1:" & blackhole
    Else
        url = "hylafax://" & name & "@127.0.0.1:" & port
    End If
    Set server = CreateObject("FaxServer.FaxServer")
    isConnected = False
    started = Timer
    result = DoOp(server, op, target, url)
    took = Timer - started
    If took < 0 Then took = took + 86400 ' past midnight
    description = errDescription
    problems = ""
    If expect = "error" Or expect = "reset" Then
        If result <> -1 Or errNumber = 0 Then problems = problems & "; it did not fail (" & result & ")"
        If errDescription = "" Then problems = problems & "; no error description"
        If InStr(1, errDescription, LimitNamed(c(5)), vbTextCompare) = 0 Then
            problems = problems & "; the description does not name " & LimitNamed(c(5)) & ": " & errDescription
        End If
        If expect = "reset" And InStr(1, errDescription, "reset", vbTextCompare) = 0 Then
            problems = problems & "; the description does not say the connection was reset: " & errDescription
        End If
    Else
        If result = -1 Then problems = problems & "; it failed: " & Hex(errNumber) & " " & errDescription
        If Left(expect, 6) = "count=" And result <> -1 And CStr(result) <> Mid(expect, 7) Then
            problems = problems & "; " & result & " listed, expected " & Mid(expect, 7)
        End If
        If Left(expect, 5) = "conn=" And StateOf(name, "connections") <> Mid(expect, 6) Then
            problems = problems & "; the server saw " & StateOf(name, "connections") & " connections, expected " & Mid(expect, 6)
        End If
    End If
    If BoundOf(c(5)) < 0 Then
        problems = problems & "; unknown bound " & c(5)
    ElseIf took > BoundOf(c(5)) Then
        problems = problems & "; took " & FormatNumber(took, 2) & " s, bound " & BoundOf(c(5)) & " s"
    End If
    If op <> "tiff" And target <> "port:blackhole" Then
        fired = StateOf(name, "fired")
        If target = "-" And fired <> "0" Then problems = problems & "; a fault fired in a case without one (" & fired & ")"
        If target <> "-" And fired <> "1" Then problems = problems & "; the fault never fired (" & fired & ")"
        wanted = ""
        If op = "send" And result > 0 Then wanted = CStr(result)
        leftJobs = StateOf(name, "left")
        If leftJobs <> wanted Then problems = problems & "; jobs left on the server: '" & leftJobs & "', expected '" & wanted & "'"
    End If
    If (expect = "error" Or expect = "reset") And target <> "port:blackhole" Then
        ' The same object, again: the fault fired once, so now it must work.
        If op = "tiff" Then again = DoOp(server, op, "fax-hylafax.tif", url) Else again = DoOp(server, op, target, url)
        If again = -1 Then problems = problems & "; it fails again: " & Hex(errNumber) & " " & errDescription
    End If
    On Error Resume Next
    If isConnected Then server.Disconnect
    Err.Clear
    On Error GoTo 0
    If problems = "" Then
        passed = passed + 1
        Check True, name & " (" & FormatNumber(took, 2) & " s): " & Left(description, 160)
    Else
        Check False, name & ":" & Mid(problems, 2)
    End If
End Sub

cases = ReadCases(WScript.Arguments(3))
Plan UBound(cases) + 1
shell.RegWrite KEY & "ConnectTimeout", CONNECT_MS, "REG_DWORD"
shell.RegWrite KEY & "ReplyTimeout", REPLY_MS, "REG_DWORD"
shell.RegWrite KEY & "TransferTimeout", TRANSFER_MS, "REG_DWORD"
Dim stream, passed
passed = 0
For Each line In cases
    RunCase Words(line)
Next
On Error Resume Next
shell.RegDelete KEY & "ConnectTimeout"
shell.RegDelete KEY & "ReplyTimeout"
shell.RegDelete KEY & "TransferTimeout"
On Error GoTo 0
WScript.Echo passed & " passed, " & (tap_count - passed) & " failed"
