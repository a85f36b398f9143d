// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxTiff: the fax information of a received fax TIFF file.  Needs no fax server; all the
 * parsing is the portable TiffFile / read_fax_tiff_info.  Values a file does not carry read
 * as "Unavailable", as on Windows.
 *
 * Choices where Windows' behaviour is not documented (see README):
 *   - put_Image opens and checks the file at once; a missing, unreadable or malformed file
 *     fails there with a description, and the previous image stays selected;
 *   - reading any other property before an image is selected fails with
 *     E_ILLEGAL_METHOD_CALL;
 *   - ReceiveTime is "YYYY-MM-DD HH:MM:SS" as recorded in the file (the receiving server's
 *     local time); RawReceiveTime is a VT_DATE of that moment converted to UTC.
 */
#include <memory>

#include "comsupport/com_object.h"
#include "tiff/fax_tiff_info.h"
#include "object_factories.h"

namespace faxcom {

namespace {

const char unavailable[] = "Unavailable";

class FaxTiff final : public ComObject<FaxTiff, IFaxTiff, TypeInfoId::fax_tiff> {
  public:
    static constexpr const char *class_name = "FaxTiff";

    /* The properties read from the file's fax information. */
    HRESULT STDMETHODCALLTYPE get_ReceiveTime(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::receive_time);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::recipient_name);
    }
    HRESULT STDMETHODCALLTYPE get_SenderName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::sender_name);
    }
    HRESULT STDMETHODCALLTYPE get_Routing(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::routing);
    }
    HRESULT STDMETHODCALLTYPE get_CallerId(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::caller_id);
    }
    HRESULT STDMETHODCALLTYPE get_Csid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::csid);
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::tsid);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientNumber(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_field(value, &FaxTiffInfo::recipient_number);
    }

    HRESULT STDMETHODCALLTYPE get_Image(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] {
            std::shared_ptr<const SelectedImage> image = image_.get();
            return image ? return_string(value, image->path) : return_string(value, std::string());
        });
    }

    HRESULT STDMETHODCALLTYPE put_Image(BSTR path) override
    {
        TRACE("%p, %s.\n", this, debug::str(path).c_str());
        return guarded([&] {
            std::string utf8_path = utf8_from_bstr(path);
            if (utf8_path.empty())
                return fail(E_INVALIDARG, "Image needs the path of a fax TIFF file");
            Result<TiffFile> tiff = TiffFile::open(utf8_path);
            if (!tiff.ok())
                return fail(tiff.error());
            auto image = std::make_shared<SelectedImage>(
                SelectedImage{utf8_path, std::move(tiff).value(), FaxTiffInfo{}});
            image->info = read_fax_tiff_info(image->tiff);
            TRACE("%s: %lu page(s).\n", debug::str(utf8_path).c_str(),
                  static_cast<unsigned long>(image->tiff.page_count()));
            image_.replace(std::move(image));
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE get_RawReceiveTime(VARIANT *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_image(value, [&](const SelectedImage &image) {
            VariantInit(value);
            const std::optional<FaxDateTime> &time = image.info.receive_date_time;
            if (!time)
                return return_unavailable_variant(value);
            DATE utc;
            if (!utc_date_from_local(*time, &utc))
                return fail(hresult_invalid_data, "the receive time in the file cannot be converted to UTC");
            V_VT(value) = VT_DATE;
            V_DATE(value) = utc;
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE get_TiffTagString(int tag, BSTR *value) override
    {
        TRACE("%p, %d, %p.\n", this, tag, value);
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(value)))
                return E_POINTER;
            if (tag < 0 || tag > 0xffff)
                return fail(E_INVALIDARG,
                            "a TIFF tag number is between 0 and 65535, not " + std::to_string(tag));
            return from_image(value, [&](const SelectedImage &image) {
                std::optional<std::string> text = image.tiff.tag_string(static_cast<uint16_t>(tag));
                return return_string(value, text ? *text : unavailable);
            });
        });
    }

  private:
    struct SelectedImage {
        std::string path;
        TiffFile tiff;
        FaxTiffInfo info;
    };

    /* The getters of the selected image: `read` answers from it, inside guarded(), once the
     * out-pointer is checked and an image is selected. */
    template <typename Out, typename Read> HRESULT from_image(Out *value, Read read) const
    {
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(value)))
                return E_POINTER;
            std::shared_ptr<const SelectedImage> image = image_.get();
            if (!image)
                return fail(hresult_wrong_time,
                            "no fax TIFF is selected: set Image to the file's path first");
            return read(*image);
        });
    }

    HRESULT get_field(BSTR *value, std::optional<std::string> FaxTiffInfo::*field) const
    {
        return from_image(value, [&](const SelectedImage &image) {
            const std::optional<std::string> &text = image.info.*field;
            return return_string(value, text ? *text : unavailable);
        });
    }

    HRESULT return_unavailable_variant(VARIANT *value) const
    {
        V_VT(value) = VT_BSTR;
        V_BSTR(value) = bstr_from_utf8(unavailable);
        return V_BSTR(value) ? S_OK : fail(E_OUTOFMEMORY, "out of memory");
    }

    /* The file records the receiving host's local time; this machine's time zone rules are
     * the best knowledge of it (the fax was received by a server on this host or its site). */
    static bool utc_date_from_local(const FaxDateTime &time, DATE *utc)
    {
        SYSTEMTIME local = {};
        local.wYear = static_cast<WORD>(time.year);
        local.wMonth = static_cast<WORD>(time.month);
        local.wDay = static_cast<WORD>(time.day);
        local.wHour = static_cast<WORD>(time.hour);
        local.wMinute = static_cast<WORD>(time.minute);
        local.wSecond = static_cast<WORD>(time.second);
        SYSTEMTIME universal;
        if (!TzSpecificLocalTimeToSystemTime(nullptr, &local, &universal))
            return false;
        return SystemTimeToVariantTime(&universal, utc) != 0;
    }

    SharedState<const SelectedImage> image_;
};

} // namespace

HRESULT create_fax_tiff(REFIID riid, void **object)
{
    TRACE("%s, %p.\n", debug::str(riid).c_str(), object);
    return FaxTiff::create_interface(riid, object);
}

} // namespace faxcom
