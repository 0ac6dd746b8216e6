#pragma once

#include <QList>
#include <QRandomGenerator>

#include <span>

namespace truc2::demo {

/// A seeded random source for the demo school: the same seed gives the same school on every
/// platform (QRandomGenerator's own algorithms, no std:: distributions).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_rng(seed)
    {}

    /// An integer in [low, high], both ends included.
    int between(int low, int high) { return low >= high ? low : m_rng.bounded(low, high + 1); }

    /// An index in [0, size).
    qsizetype index(qsizetype size)
    {
        return size <= 1 ? 0 : qsizetype(m_rng.bounded(quint32(size)));
    }

    bool chance(double probability) { return m_rng.generateDouble() < probability; }

    double real(double low, double high) { return low + (high - low) * m_rng.generateDouble(); }

    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[index(list.size())];
    }

    /// An index chosen with the given (non-negative) weights.
    qsizetype weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = between(0, total - 1);
        for (qsizetype i = 0; i < qsizetype(weights.size()); ++i) {
            if (draw < weights[i]) {
                return i;
            }
            draw -= weights[i];
        }
        return qsizetype(weights.size()) - 1;
    }

    /// Fisher–Yates, with this generator.
    template <typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, index(i + 1));
        }
    }

private:
    QRandomGenerator m_rng;
};

} // namespace truc2::demo
