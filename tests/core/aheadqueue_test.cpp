#include "core/aheadqueue.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace dw;

TEST(AheadQueue, HandsOnEveryItemInOrderThroughASmallQueue)
{
    AheadQueue<int> queue(3); // far fewer places than items: both sides wait for each other in turn
    std::thread producer([&queue] {
        for (int i = 0; i < 10000; ++i)
            ASSERT_TRUE(queue.push(int(i)));
        queue.close();
    });
    std::vector<int> got;
    int item = -1;
    while (queue.pop(item))
        got.push_back(item);
    producer.join();
    ASSERT_EQ(got.size(), 10000u);
    for (int i = 0; i < 10000; ++i)
        ASSERT_EQ(got[static_cast<size_t>(i)], i);
}

TEST(AheadQueue, StopReleasesAWaitingProducer)
{
    AheadQueue<int> queue(1);
    int pushed = 0;
    std::thread producer([&] {
        while (queue.push(int(pushed)))
            ++pushed;
        queue.close();
    });
    int item = -1;
    ASSERT_TRUE(queue.pop(item));
    EXPECT_EQ(item, 0);
    queue.stop(); // the producer is waiting for a place, or will: push() gives up
    producer.join();
    EXPECT_LE(pushed, 2); // item 0, and at most the one that was waiting in the queue
}

TEST(AheadQueue, AClosedEmptyQueueEndsAtOnce)
{
    AheadQueue<int> queue(4);
    queue.close();
    int item = 7;
    EXPECT_FALSE(queue.pop(item));
    EXPECT_EQ(item, 7);
}
