# concurrent.futures.ThreadPoolExecutor: submit/result, map keeps input order, exceptions, Future state.
import concurrent.futures
import time
def work(x):
    time.sleep(0.002 * (5 - x))
    return x * 10
def boom():
    raise ValueError("worker failed")
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(work, i) for i in range(5)]
    print([f.result() for f in futs])
    print(list(ex.map(work, range(5))))
    bad = ex.submit(boom)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e, "| exception():", repr(bad.exception()))
    done, not_done = concurrent.futures.wait(futs)
    print(len(done), len(not_done), all(f.done() for f in futs), futs[0].cancelled())
    print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
f = concurrent.futures.Future()
print(f.done(), f.set_result("manual"), f.result(), f.done())
