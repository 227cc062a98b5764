//! Bytecode: the instruction set the compiler emits and the VM runs, and code objects.
//!
//! Stack effects are written `[before] -> [after]` with the top of stack on the right. Jump
//! operands are absolute instruction indexes. Exception handling uses a per-frame block stack:
//! `SetupExcept(h)` records the handler and stack depth; when an exception propagates to it the VM
//! truncates the value stack to that depth, pushes the exception, makes it the "currently handled"
//! exception (sys.exc_info) and jumps to `h`. `finally` bodies are compiled twice (normal and
//! exceptional path), as CPython does since 3.9.

use std::rc::Rc;

use super::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// Dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// (`__lt__`, reflected `__gt__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }
}

/// How `raise` was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaiseKind {
    /// bare `raise`: re-raise the exception being handled.
    Reraise,
    /// `raise exc`: [exc] -> raises
    Raise,
    /// `raise exc from cause`: [exc, cause] -> raises
    RaiseFrom,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Nop,
    /// [a] -> []
    Pop,
    /// [a] -> [a, a]
    Dup,
    /// [a, b] -> [a, b, a, b]
    Dup2,
    /// [a, b] -> [b, a]
    Rot2,
    /// [a, b, c] -> [c, a, b]
    Rot3,
    /// [a, b, c, d] -> [d, a, b, c]
    Rot4,
    /// [] -> [consts[i]]
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// [] -> [cell] (for building closures)
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: locals dict, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Class bodies reading a variable of an enclosing function: locals dict, then the cell.
    LoadClassDeref(u32),
    /// [obj] -> [obj.name]
    LoadAttr(u32),
    /// [value, obj] -> []
    StoreAttr(u32),
    /// [obj] -> []
    DeleteAttr(u32),
    /// [obj, key] -> [obj[key]]
    Subscr,
    /// [value, obj, key] -> []
    StoreSubscr,
    /// [obj, key] -> []
    DeleteSubscr,
    /// [start, stop] -> [slice] or [start, stop, step] -> [slice]
    BuildSlice(u32),
    /// [a] -> [op a]
    Unary(UnaryOp),
    /// [a, b] -> [a op b]
    Binary(BinOp),
    /// [a, b] -> [a op= b]
    Inplace(BinOp),
    /// [a, b] -> [a op b]
    Compare(CmpOp),
    /// [a, b] -> [a is b] (negated if true)
    Is(bool),
    /// [a, b] -> [a in b] (negated if true)
    Contains(bool),
    Jump(u32),
    /// [cond] -> []
    JumpIfFalse(u32),
    /// [cond] -> []
    JumpIfTrue(u32),
    /// [cond] -> [cond] if jumping, else []
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// [a1..an] -> [tuple]
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// [k1, v1, .. kn, vn] -> [dict]
    BuildMap(u32),
    /// f-string pieces: [s1..sn] -> [str]
    BuildString(u32),
    /// [value] -> [str] or [value, spec] -> [str]; flags: bits 0-1 conversion (0 none, 1 str,
    /// 2 repr, 3 ascii), bit 2 has a spec on the stack.
    FormatValue(u32),
    /// [list, ..(n-1 items).., v] -> [list, ..]: list at depth n gets v
    ListAppend(u32),
    SetAdd(u32),
    /// [dict, .., k, v] -> [dict, ..]
    MapAdd(u32),
    /// [list, .., iterable] -> [list, ..]
    ListExtend(u32),
    SetUpdate(u32),
    /// [dict, .., mapping] -> [dict, ..]
    DictUpdate(u32),
    /// Like DictUpdate but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32),
    /// [list] -> [tuple]
    ListToTuple,
    /// [seq] -> [xn .. x1] (x1 on top)
    UnpackSequence(u32),
    /// `a, *b, c = seq`: before-star count in low 16 bits, after-star count in high 16 bits.
    UnpackEx(u32),
    /// [iterable] -> [iterator]
    GetIter,
    /// [iterator] -> [iterator, next] or (exhausted) [] and jump
    ForIter(u32),
    /// [awaitable] -> [iterator] (`await`); operand: 0 plain, 1 after `__aenter__`, 2 after `__aexit__`
    GetAwaitable(u32),
    /// [iterable] -> [iterator] (`yield from`)
    GetYieldFromIter,
    /// [aiterable] -> [aiterator]
    GetAIter,
    /// [aiterator] -> [aiterator, awaitable]
    GetANext,
    /// [aiterator, exc] at the end of `async for`: StopAsyncIteration ends the loop, others re-raise
    EndAsyncFor,
    /// [subiter, value] -> [subiter, yielded] and continue, or -> [result] and jump when done
    Send(u32),
    /// [value] -> [sent]. Operand 1 when part of a `yield from`/`await` loop, 2 for an async
    /// generator's `yield` (the value is wrapped so `__anext__` can tell it from an await).
    YieldValue(u32),
    /// [value] -> returns
    Return,
    /// [callable, a1..an] -> [result]
    Call(u32),
    /// [callable, a1..an, names-tuple] -> [result]: the last len(names) args are keywords
    CallKw(u32),
    /// [callable, args-tuple] -> [result] or [callable, args-tuple, kwargs-dict] (operand 1)
    CallEx(u32),
    /// [defaults?, kwdefaults?, closure?, code] -> [function]; flags: 1 defaults tuple,
    /// 2 kwdefaults dict, 4 closure tuple
    MakeFunction(u32),
    /// [bases-tuple, kwargs-dict, body-function] -> [class]; operand: index of the name const
    BuildClass(u32),
    SetupExcept(u32),
    PopBlock,
    /// Leave an `except` handler: [exc] -> [], restores the previously handled exception.
    PopExcept,
    Raise(RaiseKind),
    /// [exc] -> re-raise it unchanged (end of a `finally` or unmatched `except`)
    Reraise,
    /// [exc, type] -> [exc, matches]
    CheckExcMatch,
    /// `except*`: [group, type] -> [rest, matched-or-None]
    CheckEgMatch,
    /// [rest, raised-list] -> re-raise what is left of an exception group, or nothing
    PrepReraiseStar,
    /// [ctxmgr] -> [exit, enter-result]; operand 1 for `async with` (result is an awaitable)
    BeforeWith(u32),
    /// [exit, exc] -> [exit, exc, exit(type, exc, tb)]
    WithExceptStart,
    /// [module-name] -> [module]: operand: names const (fromlist tuple or None) | level << 24
    ImportName(u32),
    /// [module] -> [module, module.name]
    ImportFrom(u32),
    /// [module] -> [] binds every public name
    ImportStar,
    /// [] -> [AssertionError]
    LoadAssertionError,
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub async_generator: bool,
    /// Module or class body: names go through a locals dict.
    pub namespace: bool,
}

/// A compiled function, module or class body.
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// Source of the whole file, for traceback lines.
    pub source: Rc<str>,
    pub ops: Vec<Op>,
    /// Per instruction: (line, start byte, end byte) of the source it came from.
    pub locations: Vec<(u32, u32, u32)>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<str>>,
    /// Parameters first (positional-only, positional, *args, keyword-only, **kwargs), then locals.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, its argument index.
    pub cell_args: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub first_line: u32,
}

impl Code {
    pub fn line_of(&self, pc: usize) -> u32 {
        self.locations.get(pc).map_or(self.first_line, |l| l.0)
    }
}
