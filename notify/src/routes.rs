//! Turning `(path, HTTP method) → endpoint` tables built from descriptors into an axum router:
//! the simulator and the notification handler both serve spec'd operations this way.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use axum::extract::Request;
use axum::http::Method;
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter};
use axum::Router;

/// One route per path, one method filter per spec'd HTTP method (POST when the spec's method is
/// not one axum can filter on); every request goes to `handle` with its endpoint.
pub fn router<E, F, Fut>(endpoints: BTreeMap<(String, &'static str), E>, handle: F) -> Router
where
    E: Send + Sync + 'static,
    F: Fn(Arc<E>, Request) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    let mut routes: BTreeMap<String, MethodRouter> = BTreeMap::new();
    for ((path, method), endpoint) in endpoints {
        let endpoint = Arc::new(endpoint);
        let filter = Method::from_bytes(method.as_bytes())
            .ok()
            .and_then(|m| MethodFilter::try_from(m).ok())
            .unwrap_or(MethodFilter::POST);
        let handle = handle.clone();
        let handler = move |request: Request| handle(Arc::clone(&endpoint), request);
        let route = routes.remove(&path).unwrap_or_default().on(filter, handler);
        routes.insert(path, route);
    }
    routes
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(&path, route)
        })
}
