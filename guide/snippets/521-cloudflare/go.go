srv := &http.Server{Addr: "0.0.0.0:443", Handler: mux}
go func() {
	if err := srv.ListenAndServeTLS("origin.pem", "origin.key"); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}()
// On SIGTERM, stop accepting new connections only after in-flight requests finish.
stop := make(chan os.Signal, 1)
signal.Notify(stop, syscall.SIGTERM)
<-stop
ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
defer cancel()
srv.Shutdown(ctx)
