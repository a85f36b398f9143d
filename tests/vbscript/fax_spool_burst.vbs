' SPDX-License-Identifier: LGPL-2.1-or-later
' Sends COUNT faxes to a local queue as fast as it can (run twice at once by
' run-spool-scripts: two processes sharing one queue).
' Arguments: TIFF_DIR SPOOL_NAME DOC_DIR COUNT
Plan 1
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
sent = 0
For i = 1 To CInt(WScript.Arguments(3))
    Set doc = server.CreateDocument(WScript.Arguments(2) & "\doc.ps")
    doc.FaxNumber = "555" & i
    If doc.Send > 0 Then sent = sent + 1
Next
CheckEqual sent, CInt(WScript.Arguments(3)), "every Send returned a job id"
