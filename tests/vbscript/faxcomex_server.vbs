' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxComEx.FaxServer and FaxComEx.FaxDocument from VBScript (fxscomex.dll): creation by both
' ProgIDs, APIVersion, Connect/ServerName/Disconnect on a local fax queue, and a member not
' implemented yet failing with E_NOTIMPL and a description that names it.
' Arguments: TIFF_DIR SERVER
Plan 16
server_name = WScript.Arguments(1)
Set server = CreateObject("FaxComEx.FaxServer")
CheckEqual TypeName(server), "IFaxServer2", "CreateObject(""FaxComEx.FaxServer"")"
Set server1 = CreateObject("FaxComEx.FaxServer.1")
CheckEqual TypeName(server1), "IFaxServer2", "CreateObject(""FaxComEx.FaxServer.1"")"
Set doc = CreateObject("FaxComEx.FaxDocument")
CheckEqual TypeName(doc), "IFaxDocument2", "CreateObject(""FaxComEx.FaxDocument"")"
Set doc1 = CreateObject("FaxComEx.FaxDocument.1")
CheckEqual TypeName(doc1), "IFaxDocument2", "CreateObject(""FaxComEx.FaxDocument.1"")"
CheckEqual server.APIVersion, &H30000, "APIVersion is fsAPI_VERSION_3"
CheckEqual server.ServerName, "", "ServerName before Connect"

On Error Resume Next
server.Disconnect
CheckEqual Hex(Err.Number), "800708CA", "Disconnect before Connect fails (not connected)"
Check InStr(Err.Description, "not connected") > 0, "with a description: " & Err.Description
Err.Clear
server.Connect "no-such-host.invalid"
Check Err.Number <> 0, "Connect to a host that does not exist fails"
Check Len(Err.Description) > 10, "with a description: " & Err.Description
Err.Clear
On Error GoTo 0

server.Connect server_name
CheckEqual server.ServerName, server_name, "ServerName after Connect"

On Error Resume Next
Set folders = server.Folders
CheckEqual Hex(Err.Number), "80004001", "a member not implemented yet (Folders) fails with E_NOTIMPL"
CheckEqual Err.Description, "FaxServer.Folders is not implemented", "its description names it"
Err.Clear
doc.Subject = "subject"
CheckEqual Hex(Err.Number), "80004001", "FaxDocument.Subject is not implemented yet either"
Err.Clear
On Error GoTo 0

server.Disconnect
CheckEqual server.ServerName, "", "ServerName after Disconnect"
Set server = Nothing
Set again = CreateObject("FaxComEx.FaxServer")
CheckEqual again.ServerName, "", "a FaxServer created after the last one was released starts unconnected"
