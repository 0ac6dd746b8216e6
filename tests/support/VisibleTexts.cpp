#include "VisibleTexts.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBox>
#include <QWidget>

#include <algorithm>

namespace truc2::test {

namespace {

class Collector
{
public:
    explicit Collector(QList<VisibleText>& out)
        : m_out(out)
    {}

    void add(const QString& text, const QString& where)
    {
        if (text.trimmed().isEmpty()) {
            return;
        }
        const QString key = text + QChar(0) + where;
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_out.append({text, where});
        }
    }

    void addActions(const QList<QAction*>& actions, const QString& where)
    {
        for (QAction* action : actions) {
            if (!action || action->isSeparator() || m_actions.contains(action)) {
                continue;
            }
            m_actions.insert(action);
            const QString name = action->objectName().isEmpty()
                                     ? QString(action->text()).remove(QLatin1Char('&'))
                                     : action->objectName();
            const QString here = where + QStringLiteral(" › action \"%1\"").arg(name);
            add(action->text(), here);
            if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&'))) {
                add(action->toolTip(), here + QStringLiteral(" (tool tip)"));
            }
            add(action->statusTip(), here + QStringLiteral(" (status tip)"));
            if (QMenu* menu = action->menu()) {
                add(menu->title(), here + QStringLiteral(" (menu title)"));
                addActions(menu->actions(), here);
            }
        }
    }

    void addModel(const QAbstractItemView* view, const QString& where, int firstRows)
    {
        const QAbstractItemModel* model = view->model();
        if (!model) {
            return;
        }
        const auto addValue = [this](const QVariant& value, const QString& here) {
            if (value.metaType().id() == QMetaType::QString) {
                add(value.toString(), here);
            }
        };
        const int rows = std::min(model->rowCount(), firstRows);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString here = where + QStringLiteral(" (header of column %1)").arg(column);
            addValue(model->headerData(column, Qt::Horizontal, Qt::DisplayRole), here);
            addValue(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole),
                     here + QStringLiteral(" tool tip"));
        }
        for (int row = 0; row < rows; ++row) {
            addValue(model->headerData(row, Qt::Vertical, Qt::DisplayRole),
                     where + QStringLiteral(" (header of row %1)").arg(row));
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString here =
                    where + QStringLiteral(" (row %1, column %2)").arg(row).arg(column);
                addValue(index.data(Qt::DisplayRole), here);
                addValue(index.data(Qt::ToolTipRole), here + QStringLiteral(" tool tip"));
            }
        }
    }

private:
    QList<VisibleText>& m_out;
    QSet<QString> m_seen;
    QSet<const QAction*> m_actions;
};

bool insideComboBox(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox*>(w)) {
            return true;
        }
    }
    return false;
}

/// A chart's title, axes (and their categories), series, bar sets and pie slices.
void collectChart(Collector& texts, QChart* chart, const QString& where)
{
    texts.add(chart->title(), where + QStringLiteral(" (chart title)"));
    for (QAbstractAxis* axis : chart->axes()) {
        texts.add(axis->titleText(), where + QStringLiteral(" (axis title)"));
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            for (const QString& category : categories->categories()) {
                texts.add(category, where + QStringLiteral(" (axis category)"));
            }
        }
    }
    for (QAbstractSeries* series : chart->series()) {
        texts.add(series->name(), where + QStringLiteral(" (series)"));
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                texts.add(set->label(), where + QStringLiteral(" (bar set)"));
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices()) {
                texts.add(slice->label(), where + QStringLiteral(" (pie slice)"));
            }
        }
    }
}

void collectWidget(Collector& texts, QWidget* widget, const QString& where, int firstRows)
{
    if (widget->isWindow()) {
        texts.add(widget->windowTitle(), where + QStringLiteral(" (window title)"));
    }
    texts.add(widget->toolTip(), where + QStringLiteral(" (tool tip)"));
    texts.add(widget->statusTip(), where + QStringLiteral(" (status tip)"));
    texts.add(widget->whatsThis(), where + QStringLiteral(" (what's this)"));
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        texts.add(label->text(), where);
    } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        texts.add(button->text(), where);
    } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
        texts.add(group->title(), where);
    } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            texts.add(tabs->tabText(i), where + QStringLiteral(" (tab %1)").arg(i));
            texts.add(tabs->tabToolTip(i), where + QStringLiteral(" (tab %1 tool tip)").arg(i));
        }
    } else if (auto* box = qobject_cast<QToolBox*>(widget)) {
        for (int i = 0; i < box->count(); ++i) {
            texts.add(box->itemText(i), where + QStringLiteral(" (item %1)").arg(i));
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        texts.add(combo->placeholderText(), where + QStringLiteral(" (placeholder)"));
        for (int i = 0; i < combo->count(); ++i) {
            texts.add(combo->itemText(i), where + QStringLiteral(" (item %1)").arg(i));
            texts.add(combo->itemData(i, Qt::ToolTipRole).toString(),
                      where + QStringLiteral(" (item %1 tool tip)").arg(i));
        }
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        texts.add(line->placeholderText(), where + QStringLiteral(" (placeholder)"));
    } else if (auto* edit = qobject_cast<QTextEdit*>(widget)) {
        texts.add(edit->placeholderText(), where + QStringLiteral(" (placeholder)"));
        if (edit->isReadOnly()) {
            texts.add(edit->toPlainText(), where);
        }
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        texts.add(plain->placeholderText(), where + QStringLiteral(" (placeholder)"));
        if (plain->isReadOnly()) {
            texts.add(plain->toPlainText(), where);
        }
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        texts.add(spin->specialValueText(), where + QStringLiteral(" (special value)"));
        if (auto* integer = qobject_cast<QSpinBox*>(widget)) {
            texts.add(integer->prefix(), where + QStringLiteral(" (prefix)"));
            texts.add(integer->suffix(), where + QStringLiteral(" (suffix)"));
        } else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(widget)) {
            texts.add(decimal->prefix(), where + QStringLiteral(" (prefix)"));
            texts.add(decimal->suffix(), where + QStringLiteral(" (suffix)"));
        }
    } else if (auto* chartView = qobject_cast<QChartView*>(widget)) {
        if (chartView->chart()) {
            collectChart(texts, chartView->chart(), where);
        }
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        // A combo box's list has its items read above; a header shows its view's model.
        if (!insideComboBox(view) && !qobject_cast<QHeaderView*>(view)) {
            texts.addModel(view, where, firstRows);
        }
    } else if (auto* status = qobject_cast<QStatusBar*>(widget)) {
        texts.add(status->currentMessage(), where + QStringLiteral(" (message)"));
    } else if (auto* menu = qobject_cast<QMenu*>(widget)) {
        texts.add(menu->title(), where + QStringLiteral(" (menu title)"));
    }
    texts.addActions(widget->actions(), where);
}

} // namespace

QString widgetPath(const QWidget* widget, const QWidget* root)
{
    QStringList names;
    for (const QWidget* w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            names.prepend(w->objectName());
        }
    }
    names.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#') +
                 widget->objectName());
    return names.join(QLatin1Char('/'));
}

QList<VisibleText> visibleTexts(QWidget* root, const QString& place, int firstRows)
{
    QList<VisibleText> out;
    Collector texts(out);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        QString where = place + QStringLiteral(" › ") + widgetPath(widget, root);
        if (widget != root && !widget->isVisibleTo(root)) {
            where += QStringLiteral(" [not shown now]");
        }
        collectWidget(texts, widget, where, firstRows);
    }
    return out;
}

QList<VisibleText> modalTexts(const std::function<void()>& open, const QString& place, int* modals)
{
    QList<VisibleText> texts;
    QSet<QWidget*> seen;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || seen.contains(modal)) {
            return;
        }
        seen.insert(modal);
        QTest::qWait(100);
        texts += visibleTexts(modal, place + QStringLiteral(" › ") +
                                         QString::fromLatin1(modal->metaObject()->className()));
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    });
    poll.start();
    open();
    poll.stop();
    *modals = int(seen.size());
    return texts;
}

void selectFirstRows(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
            !view->currentIndex().isValid() && !qobject_cast<QHeaderView*>(view)) {
            view->setCurrentIndex(view->model()->index(0, 0));
        }
    }
}

QList<VisibleText> actionTexts(const QList<QAction*>& actions, const QString& where)
{
    QList<VisibleText> out;
    Collector texts(out);
    texts.addActions(actions, where);
    return out;
}

} // namespace truc2::test
