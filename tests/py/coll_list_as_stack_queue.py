# Lists as stacks (append/pop) and the cost-free behaviours of pop(0)/insert(0); bracket matching.
stack = []
for tok in "push1 push2 pop push3 pop pop".split():
    if tok.startswith("push"):
        stack.append(tok[-1])
    else:
        print("popped", stack.pop(), "left", stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "}"]:
    print(repr(s), balanced(s))
q = ["a", "b", "c"]
q.insert(0, "z")
print(q.pop(0), q.pop(0), q)
