#pragma once

#include <QDialog>

class QTextBrowser;

namespace pn {

// Help → Guide (F1): the in-app guide, bundled HTML in both languages (resources/help/), for
// the desk, the administrator and QA, with the keyboard shortcuts; the meaning of every ledger
// state and platform error code is appended from the console's own catalogs, so it is complete
// and in the interface language. Follows the Language menu live.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's HTML for a language ("en", "zh_CN"), with the generated tables.
    static QString guideHtml(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
};

} // namespace pn
