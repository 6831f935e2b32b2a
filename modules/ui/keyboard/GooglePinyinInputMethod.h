#pragma once

#include "PinyinDecoder.h"

#include <QQmlEngine>
#include <QVirtualKeyboardAbstractInputMethod>

namespace branch {

// Pinyin for Qt Virtual Keyboard, which Debian ships without one: letters
// compose, the candidate bar offers Chinese words, tapping one commits it.
// Created by the zh_CN keyboard layout (createInputMethod()), so the
// dictionary is opened only when a customer first switches to Chinese.
class GooglePinyinInputMethod : public QVirtualKeyboardAbstractInputMethod
{
    Q_OBJECT
    QML_ELEMENT
public:
    // The candidate bar is one line: more than this is never looked at.
    static constexpr int kMaxCandidates = 60;

    explicit GooglePinyinInputMethod(QObject *parent = nullptr);

    QList<QVirtualKeyboardInputEngine::InputMode> inputModes(const QString &locale) override;
    bool setInputMode(const QString &locale, QVirtualKeyboardInputEngine::InputMode inputMode) override;
    bool setTextCase(QVirtualKeyboardInputEngine::TextCase textCase) override;
    bool keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers) override;

    QList<QVirtualKeyboardSelectionListModel::Type> selectionLists() override;
    int selectionListItemCount(QVirtualKeyboardSelectionListModel::Type type) override;
    QVariant selectionListData(QVirtualKeyboardSelectionListModel::Type type, int index,
                               QVirtualKeyboardSelectionListModel::Role role) override;
    void selectionListItemSelected(QVirtualKeyboardSelectionListModel::Type type, int index) override;

public Q_SLOTS:
    void reset() override;
    // The field loses focus or the cursor moves: keep what is composed, as
    // the top candidate, rather than drop it.
    void update() override;

private:
    void choose(int index);
    void commitText(const QString &text);
    void refresh();

    PinyinDecoder m_decoder;
};

} // namespace branch
