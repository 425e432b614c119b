#pragma once

#include "ledger/ledgerlocation.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace pn {

class Console;
class ConsoleWindow;

// File → Open ledger…: a local folder, or a team server (host, port, database, user, password,
// TLS mode, CA certificate). The address it gives has no password; the password goes to the
// data folder's secret store (never to settings) when "remember" is ticked.
class OpenLedgerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenLedgerDialog(const LedgerLocation &current, QWidget *parent = nullptr);
    ~OpenLedgerDialog() override;

    // The chosen ledger, or std::nullopt with *error while the fields are incomplete.
    std::optional<LedgerLocation> location(QString *error = nullptr) const;
    QByteArray password() const;
    bool rememberPassword() const;
    QString errorText() const;
    // What Open does (also for tests): accepts when the fields make a ledger.
    void submit();

    // The widgets, for tests.
    QRadioButton *folderChoice() const { return m_folderChoice; }
    QRadioButton *serverChoice() const { return m_serverChoice; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *caEdit() const { return m_ca; }
    QPushButton *browseFolderButton() const { return m_browseFolder; }
    QPushButton *browseCaButton() const { return m_browseCa; }
    QPushButton *testButton() const { return m_test; }
    // What the last "Test connection" said (empty before the first answer).
    QString testResultText() const;

    // "Test connection": connects once with the fields as they are (off the UI thread, 5 s
    // timeout) and shows what answered or why not; connectionTested() follows.
    void testConnection();
    // Where "Test connection" finds the password saved for a server when the field is empty
    // (File → Open ledger… passes the console's secret store); without it, PGPASSFILE only.
    using SavedPassword = std::function<QByteArray(const LedgerLocation &)>;
    void setSavedPassword(SavedPassword lookup) { m_savedPassword = std::move(lookup); }

Q_SIGNALS:
    void connectionTested(bool ok, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    QLabel *m_intro = nullptr;
    QRadioButton *m_folderChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browseFolder = nullptr;
    QFormLayout *m_serverForm = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_testing = false;
    SavedPassword m_savedPassword;
    QWidget *m_folderRow = nullptr;
    QWidget *m_serverBox = nullptr;
    QList<QLabel *> m_captions;
};

// What File → Open ledger… chose, for main() to reopen the console on it.
struct LedgerChoice
{
    QString ledger;      // LedgerLocation::display(): no password
    QByteArray password; // for this run only (wiped by main), when not remembered
};

class LedgerActions final
{
public:
    // main() runs the console again on the choice when the event loop ends with this code.
    static constexpr int ReopenExitCode = 0x4c44;
    // A console started without its team server (Console::waitingForLedger()) ends the loop
    // with this code when the server answers and no modal window is open: main() opens the
    // console again on the same ledger, this time with everything in it.
    static constexpr int ReloadExitCode = 0x4c45;
    // Adds File → Open ledger… and the status-bar label naming the current ledger.
    static void install(ConsoleWindow &window, Console &console);
    // The choice made before the loop ended with ReopenExitCode (taken once).
    static std::optional<LedgerChoice> takeChoice();
    // The ledger remembered from the last File → Open ledger… (settings; never a password).
    static QString remembered();
    static void remember(const QString &ledger);
    // The console could not open the team ledger at start (the server is away, …): a box says
    // why and offers Retry (the same ledger again: the choice has its address and no
    // password), Open another ledger… (the dialog) or Quit (std::nullopt).
    static std::optional<LedgerChoice>
    askAfterFailure(const LedgerLocation &ledger, const QString &error, QWidget *parent = nullptr);
};

} // namespace pn
