// SPDX-License-Identifier: LGPL-2.1-or-later
#include "com_test.h"

#include <cstdio>

#include "object_factories.h"

namespace faxcom::testing {

std::wstring tiff_directory;

std::string utf8(const wchar_t *text)
{
    if (!text)
        return "(null)";
    int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    std::string converted(size > 0 ? size - 1 : 0, '\0');
    if (size > 1)
        WideCharToMultiByte(CP_UTF8, 0, text, -1, &converted[0], size, nullptr, nullptr);
    return converted;
}

std::string Bstr::utf8() const
{
    return testing::utf8(text_);
}

void check_failure_at(const char *file, int line, HRESULT hr, HRESULT expected, IUnknown *object, REFIID iid,
                      const char *mention)
{
    ok_at(file, line, hr == expected, "expected %#lx, got %#lx.\n", static_cast<unsigned long>(expected),
          static_cast<unsigned long>(hr));
    IErrorInfo *info = nullptr;
    HRESULT got = GetErrorInfo(0, &info);
    ok_at(file, line, got == S_OK && info, "no IErrorInfo after a failure (%#lx).\n",
          static_cast<unsigned long>(got));
    ISupportErrorInfo *support = nullptr;
    got = object ? object->QueryInterface(IID_ISupportErrorInfo, reinterpret_cast<void **>(&support))
                 : E_POINTER;
    ok_at(file, line, got == S_OK && support, "no ISupportErrorInfo (%#lx).\n",
          static_cast<unsigned long>(got));
    if (support) {
        got = support->InterfaceSupportsErrorInfo(iid);
        ok_at(file, line, got == S_OK, "InterfaceSupportsErrorInfo returned %#lx.\n",
              static_cast<unsigned long>(got));
        support->Release();
    }
    if (!info)
        return;
    Bstr description, source;
    info->GetDescription(description.out());
    info->GetSource(source.out());
    GUID guid = GUID_NULL;
    info->GetGUID(&guid);
    info->Release();
    std::string text = description.utf8();
    ok_at(file, line, description.get() && SysStringLen(description.get()) > 5,
          "unhelpful description \"%s\".\n", text.c_str());
    ok_at(file, line, !mention || text.find(mention) != std::string::npos,
          "the description \"%s\" does not mention \"%s\".\n", text.c_str(), mention ? mention : "");
    std::string class_name = interface_name(iid).substr(1); /* IFaxDoc -> FaxDoc */
    ok_at(file, line, source.utf8() == "FAXCOMLib." + class_name,
          "source \"%s\", expected \"FAXCOMLib.%s\".\n", source.utf8().c_str(), class_name.c_str());
    ok_at(file, line, IsEqualGUID(guid, iid), "the error info names another interface.\n");
}

Ref<IFaxServer> unconnected_fax_server(const std::shared_ptr<FakeFaxServer> &fake)
{
    Ref<IFaxServer> server;
    HRESULT hr = create_fax_server_with(fake_service_factory(fake), IID_IFaxServer, server.out_void());
    ok(hr == S_OK && server, "creating a FaxServer over the fake service failed: %#lx.\n",
       static_cast<unsigned long>(hr));
    return server;
}

Ref<IFaxServer> connected_fax_server(const std::shared_ptr<FakeFaxServer> &fake, const wchar_t *name)
{
    Ref<IFaxServer> server = unconnected_fax_server(fake);
    if (!server)
        return server;
    Bstr server_name(name);
    HRESULT hr = server->Connect(server_name.get());
    ok(hr == S_OK, "Connect(%s) to the fake service failed: %#lx.\n", utf8(name).c_str(),
       static_cast<unsigned long>(hr));
    return server;
}

namespace {

/* A child object a factory member returned (VT_DISPATCH), or a failure. */
template <typename Interface, typename Make> Ref<Interface> made_object(const char *what, Make make)
{
    VARIANT value;
    VariantInit(&value);
    HRESULT hr = make(&value);
    ok(hr == S_OK && V_VT(&value) == VT_DISPATCH, "%s failed: %#lx, vt %d.\n", what,
       static_cast<unsigned long>(hr), V_VT(&value));
    Ref<Interface> object = dispatch_as<Interface>(value);
    ok(static_cast<bool>(object), "%s gave no %s.\n", what, interface_name(__uuidof(Interface)).c_str());
    return object;
}

/* Item(index) of a collection. */
template <typename Item, typename Collection> Ref<Item> item_of(const Ref<Collection> &collection, long index)
{
    if (!collection)
        return {};
    return made_object<Item>("Item", [&](VARIANT *out) { return collection->get_Item(index, out); });
}

} // namespace

Ref<IFaxJobs> jobs_of(IFaxServer *server)
{
    return made_object<IFaxJobs>("GetJobs", [&](VARIANT *out) { return server->GetJobs(out); });
}

Ref<IFaxJob> job_of(IFaxServer *server, long index)
{
    return item_of<IFaxJob>(jobs_of(server), index);
}

Ref<IFaxPorts> ports_of(IFaxServer *server)
{
    return made_object<IFaxPorts>("GetPorts", [&](VARIANT *out) { return server->GetPorts(out); });
}

Ref<IFaxPort> port_of(IFaxServer *server, long index)
{
    return item_of<IFaxPort>(ports_of(server), index);
}

Ref<IFaxDoc> document_of(IFaxServer *server, const wchar_t *file_name)
{
    Bstr name(file_name);
    return made_object<IFaxDoc>("CreateDocument",
                                [&](VARIANT *out) { return server->CreateDocument(name.get(), out); });
}

Ref<IFaxStatus> status_of(IFaxPort *port)
{
    return made_object<IFaxStatus>("GetStatus", [&](VARIANT *out) { return port->GetStatus(out); });
}

Ref<IFaxRoutingMethods> routing_methods_of(IFaxPort *port)
{
    return made_object<IFaxRoutingMethods>("GetRoutingMethods",
                                           [&](VARIANT *out) { return port->GetRoutingMethods(out); });
}

ObjectTree object_tree()
{
    ObjectTree tree;
    tree.fake = scripted_fake_server();
    tree.server = connected_fax_server(tree.fake);
    if (!tree.server)
        return tree;
    tree.jobs = jobs_of(tree.server.get());
    tree.job = job_of(tree.server.get(), 1);
    tree.document = document_of(tree.server.get(), L"C:\\letter.txt");
    tree.port = port_of(tree.server.get(), 1);
    if (tree.port) {
        tree.status = status_of(tree.port.get());
        tree.port->get_DeviceId(&tree.port_device_id);
    }
    return tree;
}

std::shared_ptr<FakeFaxServer> scripted_fake_server()
{
    auto fake = std::make_shared<FakeFaxServer>();
    JobInfo first;
    first.id = "5";
    first.state = JobState::pending;
    first.state_letter = 'P';
    first.owner = "alice";
    first.dial_string = "5550100";
    first.external_number = "555-0100";
    first.recipient_name = "Bob Recipient";
    first.sender_name = "Alice Sender";
    first.sender_company = "Example Ltd";
    first.sender_department = "Sales";
    first.tsi = "+1 555 0199";
    first.billing_code = "B-17";
    first.display_name = "Quarterly report";
    first.discount_send = true;
    first.pages_total = 3;
    JobInfo second;
    second.id = "6";
    second.state = JobState::suspended;
    second.state_letter = 'T';
    second.owner = "carol";
    second.external_number = "555-0111"; /* the dial string hidden, as hfaxd does for others' jobs */
    fake->jobs = {first, second};

    ModemInfo served{"ttyS0", "5550123", "+1 555 0123", "Running and idle", true};
    ModemInfo unserved{"ttyS1", "", "", "Down", false};
    fake->modems = {served, unserved};
    ModemConfig config;
    config.rings_before_answer = 4;
    config.answers_calls = true;
    config.priority = 7;
    config.local_identifier = "+1 555 0123";
    fake->modem_configs["ttyS0"] = config;
    return fake;
}

std::wstring temporary_file(const wchar_t *name, const std::string &content)
{
    WCHAR directory[MAX_PATH];
    GetTempPathW(MAX_PATH, directory);
    std::wstring path = std::wstring(directory) + name;
    FILE *file = _wfopen(path.c_str(), L"wb");
    ok(file != nullptr, "cannot write %s.\n", utf8(path.c_str()).c_str());
    if (file) {
        fwrite(content.data(), 1, content.size(), file);
        fclose(file);
    }
    return path;
}

void check_no_object_alive_at(const char *file, int line, const char *after)
{
    ok_at(file, line, DllCanUnloadNow() == S_OK, "faxcom objects are still alive after %s.\n", after);
}

} // namespace faxcom::testing
