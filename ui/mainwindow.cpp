#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "language.h"

#include <QActionGroup>
#include <QEvent>
#include <QMessageBox>
#include <QSettings>

namespace pn {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/pnconsole.svg")));

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : Language::available()) {
        QAction *action = m_ui->menuLanguage->addAction(Language::nativeName(lang));
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(lang));
        action->setCheckable(true);
        action->setData(lang);
        action->setChecked(lang == Language::current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setLanguage(const QString &lang)
{
    Language::install(lang);
    QSettings().setValue(QStringLiteral("ui/language"), Language::current());
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == Language::current());
    emit languageChanged(Language::current());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Privacy Number Console %1").arg(QStringLiteral(PN_VERSION)));
    statusBar()->showMessage(tr("Language: %1").arg(Language::nativeName(Language::current())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Privacy Number Console"),
                       tr("Privacy Number Console %1\nA desk console for privacy-number (AXB) "
                          "bindings, transfers and call records.")
                           .arg(QStringLiteral(PN_VERSION)));
}

} // namespace pn
