#include "GooglePinyinInputMethod.h"

#include <QVirtualKeyboardInputContext>

#include <algorithm>

namespace branch {

using Type = QVirtualKeyboardSelectionListModel::Type;
using Role = QVirtualKeyboardSelectionListModel::Role;

GooglePinyinInputMethod::GooglePinyinInputMethod(QObject *parent)
    : QVirtualKeyboardAbstractInputMethod(parent)
{
    m_decoder.open();
}

QList<QVirtualKeyboardInputEngine::InputMode> GooglePinyinInputMethod::inputModes(const QString &locale)
{
    Q_UNUSED(locale)
    return {QVirtualKeyboardInputEngine::InputMode::Pinyin};
}

bool GooglePinyinInputMethod::setInputMode(const QString &locale, QVirtualKeyboardInputEngine::InputMode inputMode)
{
    Q_UNUSED(locale)
    reset();
    return inputMode == QVirtualKeyboardInputEngine::InputMode::Pinyin;
}

bool GooglePinyinInputMethod::setTextCase(QVirtualKeyboardInputEngine::TextCase textCase)
{
    Q_UNUSED(textCase)
    return true;
}

bool GooglePinyinInputMethod::keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    if (key >= Qt::Key_A && key <= Qt::Key_Z && text.size() == 1) {
        // A long spelling is committed as its best reading, and typing goes on.
        if (m_decoder.isFull())
            choose(0);
        if (m_decoder.isFull())
            commitText(m_decoder.spelling());
        if (m_decoder.appendLetter(text.at(0)))
            refresh();
        return true;
    }
    if (!m_decoder.isComposing())
        return false;
    switch (key) {
    case Qt::Key_Backspace:
        m_decoder.removeLetter();
        refresh();
        return true;
    case Qt::Key_Space:
        choose(0);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter keeps the letters as typed, e.g. for a name in Latin letters.
        commitText(m_decoder.spelling());
        return true;
    default:
        // Punctuation and digits: finish the word first, then insert the key.
        update();
        return false;
    }
}

QList<QVirtualKeyboardSelectionListModel::Type> GooglePinyinInputMethod::selectionLists()
{
    return {Type::WordCandidateList};
}

int GooglePinyinInputMethod::selectionListItemCount(Type type)
{
    if (type != Type::WordCandidateList)
        return 0;
    return std::min(m_decoder.candidateCount(), kMaxCandidates);
}

QVariant GooglePinyinInputMethod::selectionListData(Type type, int index, Role role)
{
    if (type != Type::WordCandidateList)
        return {};
    switch (role) {
    case Role::Display:
        return m_decoder.candidate(index);
    case Role::WordCompletionLength:
        return 0;
    default:
        return QVirtualKeyboardAbstractInputMethod::selectionListData(type, index, role);
    }
}

void GooglePinyinInputMethod::selectionListItemSelected(Type type, int index)
{
    if (type == Type::WordCandidateList)
        choose(index);
}

void GooglePinyinInputMethod::reset()
{
    const bool wasComposing = m_decoder.isComposing();
    m_decoder.reset();
    if (wasComposing) {
        Q_EMIT selectionListChanged(Type::WordCandidateList);
        Q_EMIT selectionListActiveItemChanged(Type::WordCandidateList, -1);
    }
}

void GooglePinyinInputMethod::update()
{
    if (m_decoder.isComposing())
        choose(0);
}

void GooglePinyinInputMethod::choose(int index)
{
    // Letters that read as no pinyin at all stay as typed.
    if (m_decoder.candidateCount() == 0) {
        commitText(m_decoder.spelling());
        return;
    }
    const QString done = m_decoder.choose(index);
    if (!done.isEmpty())
        commitText(done);
    else
        refresh();
}

void GooglePinyinInputMethod::commitText(const QString &text)
{
    m_decoder.reset();
    if (QVirtualKeyboardInputContext *context = inputContext())
        context->commit(text);
    Q_EMIT selectionListChanged(Type::WordCandidateList);
    Q_EMIT selectionListActiveItemChanged(Type::WordCandidateList, -1);
}

void GooglePinyinInputMethod::refresh()
{
    if (QVirtualKeyboardInputContext *context = inputContext())
        context->setPreeditText(m_decoder.preedit());
    Q_EMIT selectionListChanged(Type::WordCandidateList);
    Q_EMIT selectionListActiveItemChanged(Type::WordCandidateList, m_decoder.candidateCount() > 0 ? 0 : -1);
}

} // namespace branch
