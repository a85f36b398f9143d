' SPDX-License-Identifier: LGPL-2.1-or-later
' Mixed architectures, step 1 (run by the 32-bit cscript): stores a FaxServer setting and
' sends two faxes.  Prints "# JOBS id1 id2" for the next steps.
' Arguments: TIFF_DIR SERVER DOCUMENT
Plan 4
arch = CreateObject("WScript.Shell").Environment("PROCESS")("PROCESSOR_ARCHITECTURE")
CheckEqual arch, "x86", "this is a 32-bit process"
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
server.Retries = 4
CheckEqual server.Retries, 4, "Retries stored from the 32-bit side"
ids = ""
For n = 1 To 2
    Set doc = server.CreateDocument(WScript.Arguments(2))
    doc.FaxNumber = "555020" & n
    doc.DisplayName = "mixed " & n
    id = doc.Send
    Check id > 0, "32-bit Send " & n & " gave job " & id
    ids = ids & " " & id
Next
WScript.Echo "# JOBS" & ids
server.Disconnect
