#include "ui/helpdialog.h"

#include "core/errorcatalog.h"
#include "core/language.h"
#include "ledger/ledgerrecords.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pn {

namespace {

QString stateMeaning(RecordState s)
{
    switch (s) {
    case RecordState::Pending:
        return HelpDialog::tr("Written to the ledger and sent (or about to be); the platform's "
                              "answer is not known yet. The console asks again with the same "
                              "reqid until it knows; a pending row never becomes a duplicate.");
    case RecordState::Active:
        return HelpDialog::tr("Created on the platform and not yet expired: calls through X "
                              "work.");
    case RecordState::Released:
        return HelpDialog::tr("Released on request (or found already gone on the platform).");
    case RecordState::Expired:
        return HelpDialog::tr("Its validity ended; the platform no longer connects calls.");
    case RecordState::Failed:
        return HelpDialog::tr("The platform surely did not create it (it judged the request "
                              "and refused). Nothing to release.");
    }
    return {};
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Fits a 1366×768 screen with room to see the window behind it.
    QSize size(760, 600);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    load();
}

QString HelpDialog::guideHtml(const QString &lang)
{
    const QString name =
        lang == QLatin1StringView("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QFile file(QStringLiteral(":/help/guide_%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return tr("<p>The guide is missing from this build.</p>");
    QString html = QString::fromUtf8(file.readAll());
    QString generated;
    generated += u"<h2 id=\"states\"><a name=\"states\"></a>"_s + tr("What the states mean") +
                 u"</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s;
    for (RecordState s : RecordStates::all())
        generated += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
            RecordStates::displayName(s).toHtmlEscaped(), stateMeaning(s).toHtmlEscaped());
    generated += u"</table>"_s;
    generated += u"<h2 id=\"errors\"><a name=\"errors\"></a>"_s + tr("What the error codes mean") +
                 u"</h2><p>"_s +
                 tr("The platform answers business errors with HTTP 200 and a code; codes marked "
                    "“retried” are sent again automatically with the same reqid.")
                     .toHtmlEscaped() +
                 u"</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s;
    for (const ErrorCatalog::Entry &e : ErrorCatalog::entries()) {
        generated += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            QString::number(e.code), ErrorCatalog::text(e.code).toHtmlEscaped(),
            e.retry == ErrorCatalog::Retry::Retryable ? tr("retried") : QString());
    }
    generated += u"</table>"_s;
    html.replace(u"<!--GENERATED-->"_s, generated);
    return html;
}

void HelpDialog::load()
{
    setWindowTitle(tr("Guide — Privacy Number Console"));
    m_browser->setHtml(guideHtml(Language::current()));
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace pn
