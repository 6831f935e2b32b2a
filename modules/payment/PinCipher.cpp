#include "PinCipher.h"

#include "PaymentReason.h"

#include <openssl/evp.h>

#include <memory>

namespace branch::PinCipher {
namespace {

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// Electronic codebook on exactly one block with no padding: the plain AES
// permutation. Chaining, where there is any, is the caller's (format 4 XORs
// the PAN field between two of these).
Result<QByteArray> runBlock(QByteArrayView key, QByteArrayView block, bool encrypt)
{
    const EVP_CIPHER *cipher = nullptr;
    if (key.size() == 16)
        cipher = EVP_aes_128_ecb();
    else if (key.size() == 32)
        cipher = EVP_aes_256_ecb();
    else
        return fail(PaymentReason::PinKeyInvalid);
    if (block.size() != BlockSize)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("cipher block size"));

    std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.data());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, keyBytes, nullptr, encrypt ? 1 : 0) != 1
        || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return fail(PaymentReason::DeviceFault, QStringLiteral("cipher init"));

    QByteArray out(BlockSize, '\0');
    int written = 0;
    int tail = 0;
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), outBytes, &written, reinterpret_cast<const unsigned char *>(block.data()),
                         int(BlockSize))
            != 1
        || EVP_CipherFinal_ex(ctx.get(), outBytes + written, &tail) != 1 || written + tail != BlockSize)
        return fail(PaymentReason::DeviceFault, QStringLiteral("cipher run"));
    return out;
}

} // namespace

Result<QByteArray> encryptBlock(QByteArrayView key, QByteArrayView block)
{
    return runBlock(key, block, true);
}

Result<QByteArray> decryptBlock(QByteArrayView key, QByteArrayView block)
{
    return runBlock(key, block, false);
}

} // namespace branch::PinCipher
