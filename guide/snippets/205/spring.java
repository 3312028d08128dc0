@PostMapping("/meter-readings")
ResponseEntity<Void> record(@RequestBody Reading reading) {
    readings.save(reading);
    return ResponseEntity.status(HttpStatus.RESET_CONTENT).contentLength(0).build();
}
