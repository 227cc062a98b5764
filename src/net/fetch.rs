//! The [`Fetch`] future: routes a request to the simulated network or the platform, and traces it
//! (`fetch_started`, `fetch_done`, or `fetch_aborted` when dropped in flight, e.g. by cancellation;
//! dropping the platform's future is what aborts a browser request).

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::LocalBoxFuture;

use super::{FetchError, Request, Response, Url};
use crate::executor::{Core, Sleep};
use crate::trace::{EventKind, FetchId, TaskId};

enum State {
    NotStarted(Request),
    Simulated { delay: Sleep, answer: Option<Result<Response, FetchError>> },
    Platform(LocalBoxFuture<'static, Result<Response, FetchError>>),
    Finished,
}

pub struct Fetch {
    core: Rc<Core>,
    state: State,
    id: FetchId,
    task: Option<TaskId>,
}

impl Fetch {
    pub(crate) fn new(core: Rc<Core>, request: Request) -> Self {
        Fetch { core, state: State::NotStarted(request), id: 0, task: None }
    }

    fn start(&mut self, request: Request) {
        self.id = self.core.next_fetch_id();
        self.task = self.core.current();
        let simulated = Url::parse(&request.url).is_some_and(|u| u.is_simulated());
        self.core.tracer().record(
            self.core.now(),
            EventKind::FetchStarted { task: self.task, fetch: self.id, url: request.url.clone(), simulated },
        );
        self.state = if simulated {
            let (latency, answer) = self.core.net().borrow_mut().respond(&request);
            State::Simulated { delay: Sleep::new(self.core.clone(), Duration::from_nanos(latency)), answer: Some(answer) }
        } else {
            State::Platform(self.core.platform().fetch(request))
        };
    }
}

impl Future for Fetch {
    type Output = Result<Response, FetchError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if let State::NotStarted(_) = this.state {
            if let State::NotStarted(request) = std::mem::replace(&mut this.state, State::Finished) {
                this.start(request);
            }
        }
        let result = match &mut this.state {
            State::Simulated { delay, answer } => match Pin::new(delay).poll(cx) {
                Poll::Ready(()) => answer.take().unwrap_or(Err(FetchError::Aborted)),
                Poll::Pending => return Poll::Pending,
            },
            State::Platform(fut) => match fut.as_mut().poll(cx) {
                Poll::Ready(r) => r,
                Poll::Pending => return Poll::Pending,
            },
            State::NotStarted(_) | State::Finished => return Poll::Ready(Err(FetchError::Aborted)),
        };
        this.state = State::Finished;
        let (status, error) = match &result {
            Ok(r) => (r.status, None),
            Err(e) => (0, Some(e.to_string())),
        };
        this.core.tracer().record(this.core.now(), EventKind::FetchDone { task: this.task, fetch: this.id, status, error });
        Poll::Ready(result)
    }
}

impl Drop for Fetch {
    fn drop(&mut self) {
        if matches!(self.state, State::Simulated { .. } | State::Platform(_)) {
            self.core.tracer().record(self.core.now(), EventKind::FetchAborted { task: self.task, fetch: self.id });
        }
    }
}
