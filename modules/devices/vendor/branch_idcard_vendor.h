/*
 * The point where a vendor's resident ID card reader library plugs in.
 *
 * Real readers (GA 467-2013, with a SAM module from the Ministry of Public
 * Security) come with closed vendor SDKs. The bank's integrator writes a small
 * shared library against the vendor's SDK that exports exactly these C
 * functions, and starts the kiosk with
 *     branchsuite --idcard-reader vendor:/usr/lib/<vendor>/libbranch_idcard_<vendor>.so[@PORT]
 * VendorIdCardReader loads it with dlopen; nothing else of the vendor's SDK
 * reaches our code. tests/devices/vendor_idcard_shim.cpp is a complete example.
 *
 * Rules for the shim:
 *  - Text is UTF-8, NUL-terminated. Decode the chip's UCS-2 before copying.
 *  - Dates are "YYYYMMDD"; valid_until is "" for a long-term card (长期).
 *  - sex is "1" (male) or "2" (female), as GB/T 2261.1 and the chip code it.
 *  - photo holds the chip's photo decoded from WLT to an image file's bytes
 *    (BMP, PNG or JPEG); photo_length 0 when it could not be decoded.
 *  - branch_idcard_read is called on a worker thread, never concurrently.
 *  - Never log personal data.
 */
#ifndef BRANCH_IDCARD_VENDOR_H
#define BRANCH_IDCARD_VENDOR_H

#ifdef __cplusplus
extern "C" {
#endif

#define BRANCH_IDCARD_ABI_VERSION 1

typedef struct branch_idcard_data
{
    char name[96];
    char sex[4];
    char ethnicity[32];
    char birth_date[12];
    char address[256];
    char id_number[24];
    char authority[96];
    char valid_from[12];
    char valid_until[12];
    unsigned char photo[65536];
    int photo_length;
} branch_idcard_data;

enum branch_idcard_status {
    BRANCH_IDCARD_OK = 0,
    BRANCH_IDCARD_NO_CARD = 1,            /* nothing on the reader within the timeout */
    BRANCH_IDCARD_UNREADABLE = -1,        /* a card is there, its chip did not answer */
    BRANCH_IDCARD_READER_UNAVAILABLE = -2 /* no reader, no SAM, or the port is gone */
};

/* Returns BRANCH_IDCARD_ABI_VERSION. */
int branch_idcard_abi_version(void);
/* Opens the reader on `port` ("" for the vendor's default). Returns a status. */
int branch_idcard_open(const char *port);
/* Waits up to timeout_ms for a card and reads it into *out. Returns a status. */
int branch_idcard_read(branch_idcard_data *out, int timeout_ms);
void branch_idcard_close(void);

#ifdef __cplusplus
}
#endif

#endif
