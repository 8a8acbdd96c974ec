package dev.junction.admin;

/** What a route returns: a status and a body (serialised to JSON, or sent as-is when text). */
record ApiResponse(int status, Object body, String contentType) {

    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, null);
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(201, body, null);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, null);
    }

    static ApiResponse text(String body, String contentType) {
        return new ApiResponse(200, body, contentType);
    }
}
