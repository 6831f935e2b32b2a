/*
 * A complete vendor shim (modules/devices/vendor/branch_idcard_vendor.h) in
 * place of a vendor's SDK: what a bank's integrator writes, with the SDK's
 * calls replaced by one fixed card. VENDOR_SHIM_MODE picks the outcome:
 * "card" (default), "none", "unreadable", "closed", "bad_sex".
 */
#include "branch_idcard_vendor.h"

#include <cstdlib>
#include <cstring>

static int opened;

static const char *mode()
{
    const char *value = getenv("VENDOR_SHIM_MODE");
    return value ? value : "card";
}

int branch_idcard_abi_version()
{
    const char *abi = getenv("VENDOR_SHIM_ABI");
    return abi ? atoi(abi) : BRANCH_IDCARD_ABI_VERSION;
}

int branch_idcard_open(const char *port)
{
    if (strcmp(mode(), "closed") == 0 || strcmp(port, "/dev/ttyNONE") == 0)
        return BRANCH_IDCARD_READER_UNAVAILABLE;
    opened = 1;
    return BRANCH_IDCARD_OK;
}

int branch_idcard_read(branch_idcard_data *out, int /* timeout_ms: the fixed card is always there */)
{
    if (!opened)
        return BRANCH_IDCARD_READER_UNAVAILABLE;
    if (strcmp(mode(), "none") == 0)
        return BRANCH_IDCARD_NO_CARD;
    if (strcmp(mode(), "unreadable") == 0)
        return BRANCH_IDCARD_UNREADABLE;
    memset(out, 0, sizeof *out);
    strcpy(out->name, "赵六");
    strcpy(out->sex, strcmp(mode(), "bad_sex") == 0 ? "9" : "2");
    strcpy(out->ethnicity, "汉");
    strcpy(out->birth_date, "19610910");
    strcpy(out->address, "上海市徐汇区示例路4号");
    strcpy(out->id_number, "31010419610910004x");
    strcpy(out->authority, "上海市公安局徐汇分局");
    strcpy(out->valid_from, "20111010");
    strcpy(out->valid_until, "");
    out->photo[0] = 0x89;
    out->photo[1] = 'P';
    out->photo_length = 2;
    return BRANCH_IDCARD_OK;
}

void branch_idcard_close()
{
    opened = 0;
}
