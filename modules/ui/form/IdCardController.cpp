#include "IdCardController.h"

#include "Catalog.h"
#include "FormController.h"
#include "IdCardFill.h"
#include "IdCardReading.h"
#include "SessionContext.h"
#include "SimulatedIdCardReader.h"

namespace branch {
namespace {

constexpr const char *kEngineProperty = "branchIdCardController";
// Long enough to find the card in a bag; the customer can cancel sooner.
constexpr std::chrono::seconds kReadDeadline{30};

} // namespace

IdCardController::IdCardController(IdCardReader *reader, SimulatedIdCardReader *simulator, const Catalog *catalog,
                                   const Clock *clock, FormController *form, SessionContext *context, QObject *parent)
    : QObject(parent)
    , m_simulator(simulator)
    , m_catalog(catalog)
    , m_form(form)
    , m_context(context)
{
    if (reader && clock) {
        m_reading = std::make_unique<IdCardReading>(*reader, *clock);
        connect(m_reading.get(), &IdCardReading::filled, this, &IdCardController::fill);
        connect(m_reading.get(), &IdCardReading::holderAge, this, &IdCardController::holderAgeRead);
        connect(m_reading.get(), &IdCardReading::failed, this, [this](const QString &reason) {
            m_reason = reason;
            // The customer takes a refused card back.
            if (m_simulator && reason != u"no_card")
                m_simulator->takeOff();
            Q_EMIT stateChanged();
            Q_EMIT resultShown();
        });
    }
    if (m_form) {
        connect(m_form, &FormController::serviceChanged, this, [this] {
            reset();
            updateAvailable();
        });
    }
    if (m_context)
        connect(m_context, &SessionContext::languageChanged, this, &IdCardController::stateChanged);
    updateAvailable();
}

IdCardController::~IdCardController() = default;

void IdCardController::provide(QQmlEngine *engine, IdCardController *controller)
{
    engine->setProperty(kEngineProperty, QVariant::fromValue(controller));
}

IdCardController *IdCardController::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    auto *controller = engine->property(kEngineProperty).value<IdCardController *>();
    if (!controller) {
        // QML loaded without a kiosk (a preview, a component test): no reader.
        controller = new IdCardController(nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, engine);
    }
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

void IdCardController::updateAvailable()
{
    const ServiceDefinition *service =
        m_catalog && m_form ? m_catalog->service(m_form->serviceId()) : nullptr;
    const bool available = m_reading && service && IdCardFill::applies(*service);
    if (available != m_available) {
        m_available = available;
        Q_EMIT availableChanged();
    }
}

bool IdCardController::reading() const
{
    return m_reading && m_reading->isReading();
}

QString IdCardController::message() const
{
    if (reading())
        return tr("Please place your resident ID card flat on the card reader.");
    if (!m_reason.isEmpty())
        return IdCardMessages::message(m_reason);
    if (m_filled)
        return tr("Your name and ID number were filled in from your ID card. Please check them.");
    return tr("Place your resident ID card on the reader and your name and ID number are filled in for you.");
}

QStringList IdCardController::simulatedCards() const
{
    return m_simulator ? m_simulator->cards() : QStringList();
}

void IdCardController::read()
{
    const ServiceDefinition *service =
        m_available && m_catalog ? m_catalog->service(m_form->serviceId()) : nullptr;
    if (!service)
        return;
    m_reason.clear();
    m_filled = false;
    m_careOffered = false;
    m_reading->start(*service, kReadDeadline);
    Q_EMIT stateChanged();
}

void IdCardController::cancel()
{
    if (m_reading)
        m_reading->cancel();
    Q_EMIT stateChanged();
}

bool IdCardController::placeSimulated(const QString &card)
{
    return m_simulator && m_simulator->place(card);
}

void IdCardController::fill(const QHash<QString, QString> &values, bool offerCareMode)
{
    m_form->fillAnswers(values);
    m_filled = true;
    m_careOffered = offerCareMode && m_context && !m_context->careMode();
    // The card is taken off: the next read is the next card.
    if (m_simulator)
        m_simulator->takeOff();
    Q_EMIT stateChanged();
    Q_EMIT resultShown();
}

void IdCardController::acceptCareMode()
{
    if (m_context)
        m_context->setCareMode(true);
    m_careOffered = false;
    Q_EMIT stateChanged();
}

void IdCardController::declineCareMode()
{
    m_careOffered = false;
    Q_EMIT stateChanged();
}

void IdCardController::reset()
{
    if (m_reading)
        m_reading->cancel();
    m_reason.clear();
    m_filled = false;
    m_careOffered = false;
    Q_EMIT stateChanged();
}

} // namespace branch
