//! Every way a `random` method can fail, each carrying the CPython exception type it stands for and
//! CPython 3.11's exact message, so the VM raises what CPython would raise.
//!
//! Two variants have no CPython counterpart and say so: [`RandomError::Limit`] (a looplab bound on
//! memory, where CPython would allocate) and [`RandomError::NoProgress`] (a rejection loop that
//! CPython would run forever, e.g. `gammavariate(float('nan'), 1)`).

use std::fmt;

/// A failed `random` call. `Display` renders `"<ExceptionType>: <message>"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RandomError {
    /// `ValueError`.
    Value(String),
    /// `TypeError`.
    Type(String),
    /// `IndexError`.
    Index(String),
    /// `OverflowError`.
    Overflow(String),
    /// `ZeroDivisionError`.
    ZeroDivision(String),
    /// The population had to be indexed out of range (`choices()` on an empty population without
    /// weights draws `floor(random() * 0.0) == 0`). CPython's `IndexError` message depends on the
    /// population's type ("list index out of range", "tuple index out of range", ...), so the VM
    /// should index the population at this position itself and raise what that raises.
    PopulationIndex(u64),
    /// looplab limit, raised as `MemoryError`: a result would exceed [`super::MAX_BITS`] bits or
    /// [`super::MAX_ITEMS`] items. CPython would try to allocate it.
    Limit(String),
    /// looplab guard, raised as `RuntimeError`: a rejection loop made no progress after
    /// [`super::MAX_REJECTIONS`] tries because of its arguments (NaN or infinite parameters).
    /// CPython would loop forever.
    NoProgress(String),
}

impl RandomError {
    /// The name of the Python exception class to raise.
    pub fn exception_type(&self) -> &'static str {
        match self {
            RandomError::Value(_) => "ValueError",
            RandomError::Type(_) => "TypeError",
            RandomError::Index(_) | RandomError::PopulationIndex(_) => "IndexError",
            RandomError::Overflow(_) => "OverflowError",
            RandomError::ZeroDivision(_) => "ZeroDivisionError",
            RandomError::Limit(_) => "MemoryError",
            RandomError::NoProgress(_) => "RuntimeError",
        }
    }

    /// The exception's message (`str(exc)`).
    pub fn message(&self) -> String {
        match self {
            RandomError::Value(m)
            | RandomError::Type(m)
            | RandomError::Index(m)
            | RandomError::Overflow(m)
            | RandomError::ZeroDivision(m)
            | RandomError::Limit(m)
            | RandomError::NoProgress(m) => m.clone(),
            RandomError::PopulationIndex(_) => "list index out of range".to_string(),
        }
    }

    /// The `TypeError` that `seed()` raises for an unsupported seed type (decided by the VM).
    pub fn bad_seed_type() -> Self {
        RandomError::Type(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
                .into(),
        )
    }

    /// The `TypeError` that `choices(population, k)` raises when `k` is passed positionally
    /// (an `int` where the weights should be), e.g. `choices(pop, 5)`.
    pub fn choices_k_positional(k: &str) -> Self {
        RandomError::Type(format!(
            "The number of choices must be a keyword argument: k={k}"
        ))
    }

    pub(crate) fn value(m: &str) -> Self {
        RandomError::Value(m.to_string())
    }

    pub(crate) fn float_division() -> Self {
        RandomError::ZeroDivision("float division by zero".into())
    }

    pub(crate) fn ssize_overflow() -> Self {
        RandomError::Overflow("Python int too large to convert to C ssize_t".into())
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_type(), self.message())
    }
}

impl std::error::Error for RandomError {}

/// Shorthand for results of `random` methods.
pub type RandomResult<T> = Result<T, RandomError>;
