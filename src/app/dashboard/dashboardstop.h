#pragma once

#include "storage/queryinterrupter.h"

#include <array>
#include <atomic>

namespace dw {

// Shared by the UI thread and the Teamoverzicht's loaders: "stop every run up to this generation". A run reads on
// three connections at once (the cohort's, its pairs', the follow-up list's), each with its own interrupter;
// stop() also interrupts the query that runs on each of them for such a run, so that a cancel takes effect within
// milliseconds instead of after the query. A connection that works for no run (a page of the list, an export) is
// left alone: the list on screen still wants its rows.
class DashboardStop
{
public:
    enum Verbinding { Cohort, Paren, Vervolg, Verbindingen };

    DashboardStop();
    void stop(int generation);
    void stopAlles(); // closing: every run, and every query whatever it works for
    bool gestopt(int generation) const { return generation <= m_stopTot.load(); }
    QueryInterrupter& interrupter(Verbinding v) { return m_interrupters[v]; }
    // The run connection `v` works for from now on; 0: none. A loader sets it before its first gestopt() check of a
    // run and 0 after the run's last query: a stop then either meets the check or interrupts the query.
    void werktVoor(Verbinding v, int generation) { m_werktVoor[v].store(generation); }

private:
    std::atomic<int> m_stopTot;
    std::array<std::atomic<int>, Verbindingen> m_werktVoor;
    std::array<QueryInterrupter, Verbindingen> m_interrupters;
};

} // namespace dw
