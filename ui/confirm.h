#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace pn {

// Every confirmation the console asks goes through here, so widget tests can answer it without a
// modal loop (like KeePassXC's MessageBox::setNextAnswer).
class Confirm final
{
    Q_DECLARE_TR_FUNCTIONS(Confirm)

public:
    // Asks a yes/no question; `yesText` names the action on the confirming button ("Release").
    // Returns true when the user confirmed. A pending test answer is consumed instead of asking.
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &yesText = {});

    // Test hooks: the next ask() returns `yes` without showing anything.
    static void setNextAnswer(bool yes);
    // Test hook for flows that ask several questions: the next asks return these in order.
    static void queueAnswers(const QList<bool> &answers);
    static void clearNextAnswer();
    // Nobody can answer (pnconsole --check, no display): every question is answered "no"
    // without showing anything; the question goes to stderr.
    static void setNonInteractive(bool on);
    // How many questions were asked since start (answered by a person or by the hook), and the
    // text of the last one.
    static int askedCount();
    static QString lastText();
};

} // namespace pn
