#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;

namespace Ui {
class MainWindow;
}

namespace pn {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches every visible text to `lang` ("en" or "zh_CN") and remembers the choice.
    void setLanguage(const QString &lang);

signals:
    void languageChanged(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace pn
