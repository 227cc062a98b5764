# Building text: join vs +=, multi-line f-strings, textual tables with alignment, str * int.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
header = f"{'item':<10}{'qty':>5}{'price':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}{'':>5}{total:>8.2f}")
lines = [f"{i:>2}. {'*' * i}" for i in range(1, 5)]
print("\n".join(lines))
msg = (
    f"a={1} "
    f"b={2} "
    "c=3"
)
print(msg)
print("|".join(["", "x", ""]), repr("\n".join(["a", ""])))
