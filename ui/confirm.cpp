#include "ui/confirm.h"

#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace pn {

namespace {
struct State
{
    std::optional<bool> next;
    QList<bool> queue;
    int asked = 0;
    QString lastText;
    bool nonInteractive = false;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text,
                  const QString &yesText)
{
    State &s = state();
    ++s.asked;
    s.lastText = text;
    if (s.next) {
        const bool answer = *s.next;
        s.next.reset();
        return answer;
    }
    if (!s.queue.isEmpty())
        return s.queue.takeFirst();
    if (s.nonInteractive) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(
                tr("%1: %2 (not asked: nobody can answer; taken as no)").arg(title, text)));
        return false;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes =
        box.addButton(yesText.isEmpty() ? tr("Yes") : yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void Confirm::setNextAnswer(bool yes)
{
    state().next = yes;
}

void Confirm::setNonInteractive(bool on)
{
    state().nonInteractive = on;
}

void Confirm::queueAnswers(const QList<bool> &answers)
{
    state().queue = answers;
}

void Confirm::clearNextAnswer()
{
    state().next.reset();
    state().queue.clear();
}

int Confirm::askedCount()
{
    return state().asked;
}

QString Confirm::lastText()
{
    return state().lastText;
}

} // namespace pn
