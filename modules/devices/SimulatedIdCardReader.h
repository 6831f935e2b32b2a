#pragma once

#include "IdCardReader.h"

#include <QStringList>

#include <condition_variable>
#include <mutex>

namespace branch {

// Demo cards from a folder (IdCardFile's *.json), for demos and tests. A card
// is "placed on the reader" with place() and taken off with takeOff(); read()
// waits for one like a real reader. With autoPlace, the first card is on the
// reader from the start (a demo kiosk without a person to place cards).
class SimulatedIdCardReader final : public IdCardReader
{
public:
    explicit SimulatedIdCardReader(const QString &folder, bool autoPlace = false);

    // The card names of the folder ("zhang-san" for zhang-san.json), sorted.
    QStringList cards() const { return m_cards; }
    // False for a name the folder lacks.
    bool place(const QString &card);
    void takeOff();

    Result<IdCard> read(std::chrono::milliseconds timeout) override;
    QString description() const override;

private:
    QString m_folder;
    QStringList m_cards;
    std::mutex m_mutex;
    std::condition_variable m_placed;
    QString m_onReader;
};

} // namespace branch
