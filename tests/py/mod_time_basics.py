# time module: types and monotonicity of time/monotonic/perf_counter; time.sleep durations compared, never printed.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(time.time_ns()).__name__)
time.sleep(0.02)
print("monotonic advanced >= 20ms:", time.monotonic() - m0 >= 0.019)
print("perf_counter advanced >= 20ms:", time.perf_counter() - p0 >= 0.019)
print("wall clock after 2020:", t0 > 1577836800)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
